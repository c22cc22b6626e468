package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Where the interview starts and ends, and the headings that divide it. */
class LabelledTurnsParserStructureTest {

    private final LabelledTurnsParser parser = new LabelledTurnsParser();

    private Transcript parse(String text) {
        return parser.parse(TextDocument.of("sample.md", text), ParseContext.empty());
    }

    @Test
    void opensASectionAtEachHeadingBetweenTurns() {
        Transcript transcript = parse("""
                # 采访文稿

                **主持人：** 欢迎。

                **嘉宾：** 谢谢。

                ## 一、开场

                **主持人：** 第一个问题？

                ### 1.1 细节

                **嘉宾：** 回答。

                ## 二、结尾

                **主持人：** 再见。
                """);
        assertThat(transcript.sections()).extracting(Section::title).containsExactly("一、开场", "1.1 细节", "二、结尾");
        assertThat(transcript.passages()).extracting(Passage::text, Passage::section).containsExactly(
                tuple("欢迎。", -1), tuple("谢谢。", -1), tuple("第一个问题？", 0), tuple("回答。", 1), tuple("再见。", 2));
    }

    @Test
    void countsAHeadingRightBeforeTheFirstTurnWhenItIsAtTheSectionLevel() {
        Transcript transcript = parse("""
                # 标题

                导语。

                # 采访文稿

                ## 一、开场

                **主持人：** 欢迎。

                ## 二、正题

                **嘉宾：** 谢谢。
                """);
        assertThat(transcript.sections()).extracting(Section::title).containsExactly("一、开场", "二、正题");
        assertThat(transcript.passages()).extracting(Passage::section).containsExactly(0, 1);
    }

    @Test
    void leavesEveryPassageOutsideSectionsWhenThereAreNoHeadings() {
        Transcript transcript = parse("""
                # 采访文稿

                **A:** One.

                **B:** Two.

                **A:** Three.
                """);
        assertThat(transcript.sections()).isEmpty();
        assertThat(transcript.passages()).extracting(Passage::section).containsOnly(-1);
    }

    @Test
    void stopsAtTheLinkListAndTheEndMarker() {
        Transcript transcript = parse("""
                **主持人：** 问题？

                **嘉宾：** 回答。

                ## 【往期回顾】

                [1、另一篇文章](https://example.org/1)

                **主持人：** 这是另一篇文章的摘录。
                """);
        assertThat(transcript.passages()).extracting(Passage::text).containsExactly("问题？", "回答。");
        assertThat(transcript.sections()).isEmpty();

        Transcript ended = parse("**A:** One.\n\n**B:** Two.\n\n**A:** Three.\n\n**B:** Four.\n\n"
                + "**\\--END--**\n\n**A:** Not part of it.\n");
        assertThat(ended.passages()).extracting(Passage::text).containsExactly("One.", "Two.", "Three.", "Four.");
    }

    @Test
    void dropsTheKeywordTagLineAfterTheLastAnswer() {
        Transcript transcript = parse("""
                **主持人：** 问题？

                **嘉宾：**
                回答第一段。

                回答第二段

                思维突破增量改进放大镜效应多维度突破

                素材来源网络
                """);
        assertThat(transcript.passages()).extracting(Passage::turn, Passage::text).containsExactly(
                tuple(1, "问题？"), tuple(2, "回答第一段。"));
    }

    @Test
    void keepsAnUnpunctuatedAnswerThatOpensTheLastTurn() {
        Transcript transcript = parse("**主持人：** 还有吗？\n\n**嘉宾：** 没有了\n");
        assertThat(transcript.passages()).extracting(Passage::text).containsExactly("还有吗？", "没有了");
    }

    @Test
    void skipsRulesImagesPromotionAndLinkLinesBetweenTurns() {
        Transcript transcript = parse("""
                **主持人：** 问题？

                ---

                ![](https://example.org/figure.png)

                **（关注公众号并设为星标，获取最新资讯）**

                视频链接：https://example.org/video

                **嘉宾：** 回答。

                **主持人：** 好。
                """);
        assertThat(transcript.passages()).extracting(Passage::text).containsExactly("问题？", "回答。", "好。");
        assertThat(transcript.metadata().mediaUrl()).isEqualTo("https://example.org/video");
    }
}
