package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases joined back into sentences and paragraphs. */
class PhraseNarrationParserJoiningTest {

    private final PhraseNarrationParser parser = new PhraseNarrationParser();

    @Test
    void phrasesJoinWithCommasAndEndWithAFullStop() {
        assertThat(texts("""
                今天
                我们来聊Google Gemini 3
                它是怎么做出来的？
                要知道，预训练团队规模相当庞大
                他们称之为“秘诀”
                大约有将近两百个人，
                """)).containsExactly(
                "今天，我们来聊Google Gemini 3，它是怎么做出来的？要知道，预训练团队规模相当庞大，"
                        + "他们称之为“秘诀”，大约有将近两百个人。");
    }

    @Test
    void latinWordsKeepTheirOwnSpacing() {
        assertThat(texts("他们用的是 Gemini\n效果很好")).containsExactly("他们用的是 Gemini，效果很好。");
        assertThat(texts("today we look at Gemini\nand what comes next\nsee you soon!"))
                .containsExactly("today we look at Gemini, and what comes next, see you soon!");
    }

    @Test
    void topicMarkersStartParagraphs() {
        List<String> texts = texts("""
                今天我们来聊一聊量子计算的最新进展
                以及它在未来十年里可能给各行各业带来的变化
                这个话题最近在国内外的业内和学术界都引起了很多讨论
                首先
                我们来看看量子计算的现状
                很多人以为量子计算机已经可以使用了
                但其实还有很长的路要走
                研究者们对此也普遍保持着谨慎的态度
                此外
                量子通信也是一个热门方向
                """);
        assertThat(texts).containsExactly(
                "今天我们来聊一聊量子计算的最新进展，以及它在未来十年里可能给各行各业带来的变化，这个话题最近在国内外的业内和学术界都引起了很多讨论。",
                "首先，我们来看看量子计算的现状，很多人以为量子计算机已经可以使用了，但其实还有很长的路要走，研究者们对此也普遍保持着谨慎的态度。",
                "此外，量子通信也是一个热门方向。");
    }

    @Test
    void aMarkerRightAfterAShortStartOrInsideASentenceStartsNoParagraph() {
        assertThat(texts("""
                大家好
                首先
                我们来看看现状
                """)).containsExactly("大家好，首先，我们来看看现状。");
        assertThat(texts("""
                人们已经逐渐意识到通用模型可以完成大多数任务
                而且完成得越来越好这意味着
                关于如何使用模型的研究
                变得越来越重要
                """)).hasSize(1);
    }

    @Test
    void longNarrationIsCutAtSentenceStarts() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("第").append(i).append("个实验得到了不错的结果\n");
            text.append(i % 3 == 0 ? "但是研究者仍然需要继续验证\n" : "研究者记录下了每一个细节\n");
        }
        List<String> texts = texts(text.toString());
        assertThat(texts).hasSizeGreaterThan(2)
                .allSatisfy(paragraph -> assertThat(Lines.length(paragraph)).isBetween(80, 320));
        assertThat(texts.subList(1, texts.size())).allSatisfy(paragraph -> assertThat(paragraph).startsWith("但是"));
    }

    @Test
    void blankLinesBetweenGroupsOfPhrasesSeparateParagraphs() {
        assertThat(texts("""
                第一组的第一句
                第一组的第二句
                第一组的第三句

                第二组的第一句
                第二组的第二句
                第二组的第三句
                """)).containsExactly("第一组的第一句，第一组的第二句，第一组的第三句。", "第二组的第一句，第二组的第二句，第二组的第三句。");
    }

    @Test
    void windowsLineEndingsReadTheSame() {
        String text = "大家好，这里是科技夜话\n今天\n我们来聊一聊量子计算\n";
        assertThat(texts(text.replace("\n", "\r\n"))).isEqualTo(texts(text))
                .containsExactly("大家好，这里是科技夜话，今天，我们来聊一聊量子计算。");
    }

    @Test
    void theNarrationEndsWhereTheArticleEnds() {
        assertThat(texts("""
                今天我们聊了量子计算
                我们下期再见
                往期推荐
                量子通信的十个问题
                """)).containsExactly("今天我们聊了量子计算，我们下期再见。");
    }

    @Test
    void aTextWithoutNarrationIsRefused() {
        assertThatThrownBy(() -> parser.parse(TextDocument.of("empty.txt", "\n  \n"), ParseContext.empty()))
                .isInstanceOf(UnparseableTranscriptException.class)
                .hasMessageContaining("empty.txt");
        assertThatThrownBy(() -> parser.parse(TextDocument.of("promo.txt", "往期推荐\n量子通信的十个问题"), ParseContext.empty()))
                .isInstanceOf(UnparseableTranscriptException.class)
                .hasMessageContaining("promo.txt");
    }

    private List<String> texts(String text) {
        return parser.parse(TextDocument.of("sample.txt", text), ParseContext.empty()).passages().stream()
                .map(Passage::text)
                .toList();
    }
}
