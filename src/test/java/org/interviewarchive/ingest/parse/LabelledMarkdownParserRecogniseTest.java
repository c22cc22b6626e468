package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelledMarkdownParserRecogniseTest {

    private final LabelledMarkdownParser parser = new LabelledMarkdownParser();

    private int recognise(String text) {
        return parser.recognise(TextDocument.of("sample.md", text));
    }

    private static TextDocument seed(String name) throws IOException {
        return TextDocument.of(name, Files.readString(Path.of("seeds", name)));
    }

    @Test
    void isCertainOfTheLabelledSeed() throws IOException {
        assertThat(parser.recognise(seed("001_e52f8c32b2a633ba.txt"))).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "000_2ada8b3cbe10c4aa.txt", "002_87b538c333257a85.txt", "003_493086b1af687c66.txt", "004_9a122047a2b9f6eb.txt"})
    void doesNotClaimTheOtherLayouts(String name) throws IOException {
        assertThat(parser.recognise(seed(name))).isLessThanOrEqualTo(20);
    }

    @Test
    void growsWithTheNumberOfRecurringLabels() {
        String fewTurns = """
                **Q:** Why now?

                **A:** Because the data ran out.

                **Q:** And then?

                **A:** We got creative.
                """;
        assertThat(recognise(fewTurns)).isEqualTo(40);
        assertThat(recognise(fewTurns.repeat(3))).isEqualTo(100);
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
        assertThat(recognise("**主持人张三：** 欢迎。\n\n**李四：** 谢谢。\n\n**李四：** 很高兴来。")).isEqualTo(30);
    }
}
