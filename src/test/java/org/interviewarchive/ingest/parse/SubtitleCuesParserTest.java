package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** SRT and WebVTT cues become turns and paragraphs; voice tags and name prefixes give the speakers. */
class SubtitleCuesParserTest {

    private static final SubtitleCuesParser PARSER = new SubtitleCuesParser();

    private static Transcript parse(String text) {
        return parse(text, ParseContext.empty());
    }

    private static Transcript parse(String text, ParseContext context) {
        return PARSER.parse(TextDocument.of("sample.srt", text), context);
    }

    private static String srtCue(int number, String... lines) {
        return number + "\n00:00:" + String.format("%02d", number) + ",000 --> 00:00:" + String.format("%02d", number + 1)
                + ",500\n" + String.join("\n", lines) + "\n\n";
    }

    @Test
    void cuesWithoutNamesAreOneUnattributedTurnOfDirectSpeech() {
        Transcript transcript = parse(srtCue(1, "Welcome back to the show.")
                + srtCue(2, "Today we talk about", "how models learn.")
                + srtCue(3, "Let's begin."));

        assertThat(transcript.layout()).isEqualTo(Layout.SUBTITLE_CUES);
        assertThat(transcript.passages()).containsExactly(new Passage(null, 1, -1, QuoteKind.DIRECT,
                "Welcome back to the show. Today we talk about how models learn. Let's begin.", "en", null, null).at(1));
        assertThat(transcript.participants()).isEmpty();
        assertThat(transcript.sections()).isEmpty();
        assertThat(transcript.metadata().durationSeconds()).isEqualTo(4);
    }

    @Test
    void voiceTagsNameTheSpeakersAndConsecutiveCuesOfOneSpeakerFormATurn() {
        Transcript transcript = parse("""
                WEBVTT

                NOTE recorded in the studio

                intro
                00:00.000 --> 00:02.000
                <v Logan Kilpatrick>Welcome, Koray.</v>

                00:02.000 --> 00:04.000 align:start
                <v Logan Kilpatrick>It is great to have you.

                00:04.000 --> 00:07.000
                <v.guest Koray Kavukcuoglu>Thanks for having me, <i>Logan</i>.

                00:07.000 --> 00:09.000
                <v Logan Kilpatrick>Let's start &amp; dive in.
                """);

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn, Passage::text).containsExactly(
                tuple("Logan Kilpatrick", 1, "Welcome, Koray. It is great to have you."),
                tuple("Koray Kavukcuoglu", 2, "Thanks for having me, Logan."),
                tuple("Logan Kilpatrick", 3, "Let's start & dive in."));
        assertThat(transcript.participants()).extracting(Participant::name)
                .containsExactly("Logan Kilpatrick", "Koray Kavukcuoglu");
    }

    @Test
    void aRepeatedNamePrefixNamesTheSpeakerUntilAnotherIsNamed() {
        Transcript transcript = parse(srtCue(1, "Host: Where did Gemini start?")
                + srtCue(2, "Guest: With two teams.")
                + srtCue(3, "They merged in 2023.")
                + srtCue(4, "Host: And then?")
                + srtCue(5, "Guest: Remember: scale matters."));

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn, Passage::text).containsExactly(
                tuple("Host", 1, "Where did Gemini start?"),
                tuple("Guest", 2, "With two teams. They merged in 2023."),
                tuple("Host", 3, "And then?"),
                tuple("Guest", 4, "Remember: scale matters."));
    }

    @Test
    void aPrefixUsedOnceIsTextUnlessTheNameIsKnown() {
        String text = srtCue(1, "Note: this part was cut.") + srtCue(2, "Jeff Dean: We tried it.") + srtCue(3, "It worked.");

        assertThat(parse(text).passages()).extracting(Passage::speaker).containsOnlyNulls();
        assertThat(parse(text, new ParseContext(Set.of("Jeff Dean"))).passages())
                .extracting(Passage::speaker, Passage::text).containsExactly(
                        tuple(null, "Note: this part was cut."),
                        tuple("Jeff Dean", "We tried it. It worked."));
    }

    @Test
    void chineseCuesWithTheirEnglishLinesKeepTheEnglishAsTranslation() {
        Transcript transcript = parse(srtCue(1, "<v 主持人>欢迎收看。", "Welcome.")
                + srtCue(2, "<v 主持人>我们开始吧。", "Let's begin.")
                + srtCue(3, "<v 嘉宾>谢谢。", "Thank you."));

        assertThat(transcript.passages()).containsExactly(
                new Passage("主持人", 1, -1, QuoteKind.DIRECT, "欢迎收看。我们开始吧。", "zh", "Welcome. Let's begin.", "en").at(1),
                new Passage("嘉宾", 2, -1, QuoteKind.DIRECT, "谢谢。", "zh", "Thank you.", "en").at(3));
    }

    @Test
    void aLongTurnIsCutIntoParagraphsAtSentenceEnds() {
        String sentence = "This sentence has exactly eight words in it.";
        String text = IntStream.rangeClosed(1, 20).mapToObj(i -> srtCue(i, "<v Jeff Dean>" + sentence))
                .collect(Collectors.joining());

        Transcript transcript = parse(text);

        assertThat(transcript.passages()).hasSizeGreaterThan(1)
                .allSatisfy(passage -> {
                    assertThat(passage.turn()).isEqualTo(1);
                    assertThat(passage.text()).endsWith(".").hasSizeLessThan(450);
                });
        assertThat(transcript.passages().stream().map(Passage::text).collect(Collectors.joining(" ")))
                .isEqualTo(IntStream.range(0, 20).mapToObj(i -> sentence).collect(Collectors.joining(" ")));
    }

    @Test
    void soundsTagsAndCueNumbersAreNoOnesWords() {
        Transcript transcript = parse(srtCue(1, "[Music]") + srtCue(2, "{\\an8}<b>- Hello</b> there.")
                + "3\n00:00:03,000 --> 00:00:04,000\n♪ la la ♪\n4\n00:00:04,000 --> 00:00:05,000\n(laughs)\n");

        assertThat(transcript.passages()).extracting(Passage::text).containsExactly("Hello there.");
    }

    @Test
    void timingLinesWithoutTextAreRefused() {
        assertThatThrownBy(() -> parse(srtCue(1) + srtCue(2) + srtCue(3)))
                .isInstanceOf(UnparseableTranscriptException.class)
                .hasMessage("sample.srt: its timing lines have no subtitle text");
    }
}
