package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelledTurnsParserRecogniseTest {

    private final LabelledTurnsParser parser = new LabelledTurnsParser();

    private int recognise(String text) {
        return parser.recognise(TextDocument.of("sample.md", text));
    }

    @Test
    void growsWithTheNumberOfRecurringLabels() {
        String fewTurns = """
                **Q:** Why now?

                **A:** Because the data ran out.

                **Q:** And then?

                **A:** We got creative.
                """;
        assertThat(recognise(fewTurns)).isBetween(40, 80);
        assertThat(recognise(fewTurns.repeat(3))).isGreaterThan(recognise(fewTurns)).isGreaterThanOrEqualTo(85);
    }

    @Test
    void ignoresOneOffBoldLeadInsAndBoldInsideBullets() {
        String notes = """
                **范式转变**：从无限数据到数据约束。

                **短期工作**：改进模型。

                - **关键因素**：团队协作
                - **关键因素**：系统思维
                1. **基准测试**：不够
                """;
        assertThat(recognise(notes)).isZero();
        assertThat(recognise("没有任何标签的文字。\n第二行。")).isZero();
    }

    @Test
    void countsARoleWordLabelEvenWhenItOccursOnce() {
        assertThat(recognise("**主持人张三：** 欢迎。\n\n**李四：** 谢谢。\n\n**李四：** 很高兴来。")).isPositive();
    }
}
