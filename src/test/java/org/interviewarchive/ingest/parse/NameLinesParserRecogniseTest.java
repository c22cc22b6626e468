package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How strongly texts look like a name-lines article, judged from their lines alone. */
class NameLinesParserRecogniseTest {

    private final NameLinesParser parser = new NameLinesParser();

    private int recognise(String text) {
        return parser.recognise(TextDocument.of("sample.txt", text));
    }

    @Test
    void scoresAlternatingNameLinesFollowedByParagraphsHigh() {
        assertThat(recognise("""
                访谈标题

                张三

                我认为阅读是一种长期的习惯,需要慢慢培养。

                李四

                那你每天读多少?

                张三

                不多,十页左右。

                李四

                这样坚持了多久?

                张三

                大概十年了。
                """)).isGreaterThanOrEqualTo(80);
    }

    @Test
    void scoresSubtitleBlocksThatRepeatALabelForEveryLineLow() {
        assertThat(recognise("""
                节目

                Speaker 0

                我们开始吧。

                Let's begin.

                Speaker 0

                今天聊模型。

                Today we talk about models.

                Speaker 1

                好的。

                Sure.

                Speaker 1

                我很兴奋。

                I'm excited.

                Speaker 0

                那就开始。

                Then let's start.
                """)).isLessThanOrEqualTo(20);
    }

    @Test
    void scoresShortPhrasesOneALineLowEvenWhenSomeRecur() {
        assertThat(recognise("""
                大家好
                今天聊聊模型
                此外
                数据也很重要
                他提到
                规模不是一切
                此外
                架构也在进步
                他提到
                团队协作最关键
                此外
                还有评估
                """)).isLessThanOrEqualTo(20);
    }

    @Test
    void scoresLabelsWithColonsAndMarkdownLow() {
        assertThat(recognise("""
                # 标题

                **主持人：** 欢迎。

                **嘉宾：** 谢谢。

                **主持人：** 开始吧。

                **嘉宾：** 好。
                """)).isZero();
    }
}
