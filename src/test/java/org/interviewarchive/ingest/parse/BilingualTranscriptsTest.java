package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Transcripts in two languages, line by line, paragraph by paragraph or column by column: each pair becomes one quote
 * with its translation, and the language the people spoke is recorded as the original.
 */
class BilingualTranscriptsTest {

    private static Transcript labelled(String text) {
        return new LabelledTurnsParser().parse(TextDocument.of("bilingual.txt", text), ParseContext.empty());
    }

    @Test
    void alternatingLinesUnderLabelsPairUp() {
        Transcript transcript = labelled("""
                李明: 欢迎来到我们的小店。
                Welcome to our little shop.

                王芳: 谢谢，这里的面条很有名。
                Thanks, the noodles here are famous.

                李明: 今天想吃点什么？
                What would you like today?

                王芳: 来一碗牛肉面。
                A bowl of beef noodles, please.
                """);

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::text, Passage::translation)
                .startsWith(tuple("李明", "欢迎来到我们的小店。", "Welcome to our little shop."));
        assertThat(transcript.passages()).allSatisfy(passage -> {
            assertThat(passage.lang()).isEqualTo("zh");
            assertThat(passage.translationLang()).isEqualTo("en");
            assertThat(passage.originalLang()).as("Chinese names speak Chinese").isEqualTo("zh");
        });
    }

    @Test
    void alternatingParagraphsPairUpAndLatinNamesSpeakEnglish() {
        Transcript transcript = labelled("""
                Ann Lee: Thank you for joining us on the programme today.

                感谢你今天来参加我们的节目。

                Bo Chen: It is a pleasure to be here with you.

                很高兴能和你在这里。

                Ann Lee: What are you working on now?

                你现在在做什么？

                Bo Chen: A new model for reading long documents.

                一个阅读长文档的新模型。
                """);

        assertThat(transcript.passages()).hasSize(4).allSatisfy(passage -> {
            assertThat(passage.lang()).isEqualTo("en");
            assertThat(passage.translationLang()).isEqualTo("zh");
            assertThat(passage.originalLang()).isEqualTo("en");
        });
        assertThat(transcript.passages().getFirst().translation()).isEqualTo("感谢你今天来参加我们的节目。");
    }

    @Test
    void aTableWithTwoLanguageColumnsKeepsTheTranslationColumnAsTranslation() {
        String table = """
                | Role | Time | 英文句子 | 中文翻译 |
                | ---- | ---- | -------- | -------- |
                | Cameron | 00:01 | We need to hire someone. | 我们需要招人。 |
                | Cameron | 00:04 | Right away. | 马上。 |
                | Alice | 00:07 | What will they do? | 他们做什么？ |
                | Cameron | 00:09 | Admin work, mostly. | 主要是行政工作。 |
                """;
        TextDocument document = TextDocument.of("table.md", table);
        TableTranscriptParser parser = new TableTranscriptParser();

        assertThat(parser.recognise(document)).isGreaterThanOrEqualTo(60);
        Transcript transcript = parser.parse(document, ParseContext.empty());

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn, Passage::text,
                Passage::translation, Passage::startSeconds).containsExactly(
                tuple("Cameron", 1, "We need to hire someone. Right away.", "我们需要招人。马上。", 1),
                tuple("Alice", 2, "What will they do?", "他们做什么？", 7),
                tuple("Cameron", 3, "Admin work, mostly.", "主要是行政工作。", 9));
        assertThat(transcript.passages()).extracting(Passage::originalLang).containsOnly("en");
    }

    @Test
    void aTableOfOnePersonsViewsIsNoDialogue() {
        String views = """
                | 观点 | 提出者 |
                | --- | --- |
                | 数据很重要 | 张三 |
                | 算力也重要 | 张三 |
                | 算法最重要 | 张三 |
                """;
        assertThat(new TableTranscriptParser().recognise(TextDocument.of("views.md", views))).isZero();
    }
}
