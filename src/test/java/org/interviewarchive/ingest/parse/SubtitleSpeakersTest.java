package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The ways subtitles say who speaks and how auto-captions repeat themselves: labels in a turn's first cue, dialogue
 * dashes, rolling captions, raw Whisper segments; each passage starts at its first cue's time.
 */
class SubtitleSpeakersTest {

    private static final SubtitleCuesParser PARSER = new SubtitleCuesParser();

    private static Transcript parse(String text) {
        TextDocument document = TextDocument.of("captions.txt", text);
        assertThat(PARSER.recognise(document)).isGreaterThanOrEqualTo(60);
        return PARSER.parse(document, ParseContext.empty());
    }

    private static String cue(int number, int second, String... lines) {
        return number + "\n00:00:" + String.format("%02d", second) + ",000 --> 00:00:" + String.format("%02d", second + 2)
                + ",000\n" + String.join("\n", lines) + "\n\n";
    }

    @Test
    void aBracketedLabelInATurnsFirstCueNamesTheSpeakerUntilTheNext() {
        Transcript transcript = parse(cue(1, 1, "【说话人0】欢迎收听本期节目。") + cue(2, 4, "今天我们聊聊市场。")
                + cue(3, 7, "【说话人1】 大家好。") + cue(4, 10, "很高兴来做客。") + cue(5, 13, "【说话人2】我补充一句。")
                + cue(6, 16, "【说话人0】好的，我们开始。"));

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn, Passage::text, Passage::startSeconds)
                .containsExactly(tuple("说话人0", 1, "欢迎收听本期节目。今天我们聊聊市场。", 1),
                        tuple("说话人1", 2, "大家好。很高兴来做客。", 7),
                        tuple("说话人2", 3, "我补充一句。", 13),
                        tuple("说话人0", 4, "好的，我们开始。", 16));
    }

    @Test
    void squareBracketNamesLabelTurnsWhileSoundsStayOut() {
        Transcript transcript = parse(cue(1, 1, "[Music]") + cue(2, 3, "[Ann] Welcome back to the show.")
                + cue(3, 6, "[Bo] Thanks for having me again.") + cue(4, 9, "[Ann] Let's start with the news.")
                + cue(5, 12, "[Laughter]") + cue(6, 14, "[Bo] Sure, there is a lot of it."));

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::text).containsExactly(
                tuple("Ann", "Welcome back to the show."), tuple("Bo", "Thanks for having me again."),
                tuple("Ann", "Let's start with the news."), tuple("Bo", "Sure, there is a lot of it."));
    }

    @Test
    void aDashAtACuesStartIsAnotherSpeakerEvenUnnamed() {
        Transcript transcript = parse(cue(1, 1, "- Are you coming tonight?", "- I am, yes.")
                + cue(2, 4, "- Great, see you there.") + cue(3, 7, "Bring the tickets."));

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn, Passage::text).containsExactly(
                tuple(null, 1, "Are you coming tonight?"), tuple(null, 2, "I am, yes."),
                tuple(null, 3, "Great, see you there. Bring the tickets."));
    }

    @Test
    void rollingAutoCaptionsAreReadOnce() {
        String rolling = "WEBVTT\n\n"
                + "00:00:00.000 --> 00:00:02.000\nwelcome back to the channel\n\n"
                + "00:00:02.000 --> 00:00:04.000\nwelcome back to the channel\ntoday we are going to talk\n\n"
                + "00:00:04.000 --> 00:00:06.000\ntoday we are going to talk\nabout training small models\n\n"
                + "00:00:06.000 --> 00:00:08.000\nabout training small models\non a single machine\n\n";

        Transcript transcript = parse(rolling);

        assertThat(transcript.passages()).extracting(Passage::text).containsExactly(
                "welcome back to the channel today we are going to talk about training small models on a single machine");
    }

    @Test
    void growingCaptionsKeepOnlyTheirNewWords() {
        String growing = "WEBVTT\n\n"
                + "00:00:00.000 --> 00:00:01.000\nso the first thing\n\n"
                + "00:00:01.000 --> 00:00:02.000\nso the first thing we did was\n\n"
                + "00:00:02.000 --> 00:00:03.000\nso the first thing we did was collect data\n\n";

        assertThat(parse(growing).passages()).extracting(Passage::text)
                .containsExactly("so the first thing we did was collect data");
    }

    @Test
    void aLineSaidAgainOnItsOwnIsSaidAgain() {
        Transcript transcript = parse(cue(1, 1, "<v Ann>Yes.") + cue(2, 3, "<v Ann>Yes.") + cue(3, 5, "<v Bo>Really?"));

        assertThat(transcript.passages()).extracting(Passage::text).containsExactly("Yes. Yes.", "Really?");
    }

    @Test
    void rawWhisperSegmentsAreReadLikeCues() {
        Transcript transcript = parse("""
                [00:00.000 --> 00:04.000]  Welcome to the lecture on language models.
                [00:04.000 --> 00:09.500]  Today we look at how they are trained.
                [00:09.500 --> 00:12.000]  Let us begin with the data.
                """);

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::text, Passage::startSeconds)
                .containsExactly(tuple(null, "Welcome to the lecture on language models. Today we look at how they are "
                        + "trained. Let us begin with the data.", 0));
        assertThat(transcript.metadata().durationSeconds()).isEqualTo(12);
    }
}
