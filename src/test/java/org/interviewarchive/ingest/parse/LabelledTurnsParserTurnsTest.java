package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How labels open turns, how lines and paragraphs become passages. */
class LabelledTurnsParserTurnsTest {

    private final LabelledTurnsParser parser = new LabelledTurnsParser();

    private List<Passage> passages(String text) {
        return parser.parse(TextDocument.of("sample.md", text), ParseContext.empty()).passages();
    }

    @Test
    void readsEveryLabelShape() {
        String text = """
                **主持人：** 全角冒号在粗体里。

                **Ana Lopez:** ASCII colon inside the bold.

                **主持人 ：** 冒号前有空格。

                **Ana Lopez**: colon after the bold.

                **主持人**：全角冒号在粗体外。

                **Ana Lopez:**
                Text on the next line.
                """;
        assertThat(passages(text)).extracting(Passage::turn, Passage::speaker, Passage::text).containsExactly(
                tuple(1, "主持人", "全角冒号在粗体里。"),
                tuple(2, "Ana Lopez", "ASCII colon inside the bold."),
                tuple(3, "主持人", "冒号前有空格。"),
                tuple(4, "Ana Lopez", "colon after the bold."),
                tuple(5, "主持人", "全角冒号在粗体外。"),
                tuple(6, "Ana Lopez", "Text on the next line."));
    }

    @Test
    void keepsUnknownNamesAndAnyNumberOfSpeakersAsWritten() {
        String text = """
                **Q:** Who is here?

                **甲：** 我。

                **Björn O'Neil-Smith:** Me too.

                **乙：** 还有我。

                **甲：** 好。

                **Björn O'Neil-Smith:** Fine.

                **乙：** 行。

                **Q:** Thanks.
                """;
        assertThat(passages(text)).extracting(Passage::speaker).containsExactly(
                "Q", "甲", "Björn O'Neil-Smith", "乙", "甲", "Björn O'Neil-Smith", "乙", "Q");
    }

    @Test
    void joinsWrappedLinesUntilABlankLine() {
        String text = """
                **主持人：** 现在有了“电脑”（electric
                brain），接下来是“Gemini
                1.5 Flash”的能力，比如 Gemini
                的能力。

                **嘉宾：**
                第一段，
                还没有结束。

                第二段。
                """;
        assertThat(passages(text)).extracting(Passage::turn, Passage::text).containsExactly(
                tuple(1, "现在有了“电脑”（electric brain），接下来是“Gemini 1.5 Flash”的能力，比如 Gemini的能力。"),
                tuple(2, "第一段，还没有结束。"),
                tuple(2, "第二段。"));
    }

    @Test
    void dropsAStrayColonAfterTheLabel() {
        String text = """
                **主持人：** ：这让我想起了一件事。

                **嘉宾：**
                ：是的。

                **主持人：** 好的：就这样。
                """;
        assertThat(passages(text)).extracting(Passage::text)
                .containsExactly("这让我想起了一件事。", "是的。", "好的：就这样。");
    }

    @Test
    void treatsAOneOffBoldLeadInAsPartOfTheTurn() {
        String text = """
                **主持人：** 第一个问题？

                **嘉宾：** 我的回答分两点。

                **第一点：** 数据很重要。

                **主持人：** 第二个问题？

                **嘉宾：** 好。
                """;
        assertThat(passages(text)).extracting(Passage::turn, Passage::speaker, Passage::text).containsExactly(
                tuple(1, "主持人", "第一个问题？"),
                tuple(2, "嘉宾", "我的回答分两点。"),
                tuple(2, "嘉宾", "第一点： 数据很重要。"),
                tuple(3, "主持人", "第二个问题？"),
                tuple(4, "嘉宾", "好。"));
    }

    @Test
    void takesAOnceUsedLabelAsASpeakerWhenTheRegistryKnowsTheName() {
        String text = """
                **主持人：** 有观众提问吗？

                **王五：** 我有一个问题。

                **主持人：** 请讲。
                """;
        Transcript transcript = parser.parse(TextDocument.of("sample.md", text), new ParseContext(Set.of("王五")));
        assertThat(transcript.passages()).extracting(Passage::speaker).containsExactly("主持人", "王五", "主持人");
    }

    @Test
    void removesInlineMarkdownAReaderWouldNotSee() {
        String text = """
                **A:** It is **very** important, see [the paper](https://example.org/p) \\- really.

                **B:** ![chart](https://example.org/c.png) Agreed.

                **A:** Good.

                **B:** Yes.
                """;
        assertThat(passages(text)).extracting(Passage::text).containsExactly(
                "It is very important, see the paper - really.", "Agreed.", "Good.", "Yes.");
    }

    @Test
    void readsWindowsLineEndings() {
        String text = "# 标题\r\n\r\n**主持人：** 第一行\r\n第二行。\r\n\r\n**嘉宾：**\r\n回答。\r\n";
        assertThat(passages(text)).extracting(Passage::speaker, Passage::text).containsExactly(
                tuple("主持人", "第一行第二行。"), tuple("嘉宾", "回答。"));
    }

    @Test
    void detectsTheLanguageOfEachPassage() {
        String text = """
                **Host:** What changed this year?

                **嘉宾：** 数据变少了。
                """;
        assertThat(passages(text)).extracting(Passage::lang).containsExactly(Languages.ENGLISH, Languages.CHINESE);
    }

    @Test
    void refusesMarkdownWithoutTurns() {
        TextDocument notes = TextDocument.of("notes.md", "# 笔记\n\n**要点：** 只有一个粗体标签。\n");
        assertThatThrownBy(() -> parser.parse(notes, ParseContext.empty()))
                .isInstanceOf(UnparseableTranscriptException.class)
                .hasMessageContaining("notes.md")
                .hasMessageContaining("no interview turns");
        TextDocument empty = TextDocument.of("empty.md", "**主持人：**\n\n**嘉宾：**\n");
        assertThatThrownBy(() -> parser.parse(empty, ParseContext.empty()))
                .isInstanceOf(UnparseableTranscriptException.class)
                .hasMessageContaining("empty.md")
                .hasMessageContaining("no text");
    }
}
