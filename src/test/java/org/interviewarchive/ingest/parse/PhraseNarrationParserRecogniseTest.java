package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Telling phrase narration from the other layouts by its look. */
class PhraseNarrationParserRecogniseTest {

    private final PhraseNarrationParser parser = new PhraseNarrationParser();

    @Test
    void shortUnpunctuatedLinesLookLikeNarration() {
        assertThat(score("""
                大家好
                今天我们来聊一聊量子计算
                它到底能做什么
                又有哪些限制
                史密斯认为
                纠错是最大的难题
                只要这个问题没有解决
                量子计算机就很难走出实验室
                我们下期再见
                """)).isEqualTo(100);
    }

    @Test
    void proseLabelsAndSubtitlesDoNot() {
        assertThat(score("""
                量子计算正在快速发展，各大公司纷纷投入巨资，希望在这一领域抢占先机。研究者们普遍认为，纠错仍是最大的难题。
                与此同时，量子通信也在稳步推进，多个国家已经建成了实验网络，并开始探索商业应用的可能性。
                """)).isZero();
        assertThat(score("""
                **主持人：** 欢迎回来
                **嘉宾：** 谢谢邀请
                **主持人：** 我们开始吧
                **嘉宾：** 好的
                """)).isZero();
        // unpunctuated subtitles with their English lines and repeated speaker labels
        assertThat(score("""
                Speaker 0
                我们正坐在这里
                We are sitting here
                Speaker 1
                反响非常积极
                The reception is very positive
                Speaker 0
                这个模型很好
                The model is good
                Speaker 1
                我对进展感到兴奋
                I am excited about the progress
                """)).isLessThanOrEqualTo(20);
        assertThat(score("12,84\n7,49\n3,21\n".repeat(10))).as("a table of numbers").isZero();
    }

    @Test
    void aFewLinesAreNotEnoughToBeSure() {
        assertThat(score("大家好\n今天聊聊量子计算")).isLessThan(60);
        assertThat(score("")).isZero();
    }

    private int score(String text) {
        return parser.recognise(TextDocument.of("sample.txt", text));
    }
}
