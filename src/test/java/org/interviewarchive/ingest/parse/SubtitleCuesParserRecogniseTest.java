package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling subtitle files by their timing lines, and nothing else for one. */
class SubtitleCuesParserRecogniseTest {

    private static final String SRT = """
            1
            00:00:01,000 --> 00:00:04,000
            大家好

            2
            00:00:04,000 --> 00:00:06,500
            今天我们聊一聊预训练

            3
            00:00:06,500 --> 00:00:09,000
            它到底难在哪里
            """;

    private final SubtitleCuesParser parser = new SubtitleCuesParser();

    @Test
    void timingLinesMakeASubtitleFileUnmistakable() {
        assertThat(parser.recognise(TextDocument.of("a.srt", SRT))).isEqualTo(100);
        assertThat(parser.recognise(TextDocument.of("a.vtt", "WEBVTT\n\n" + SRT.replace(',', '.')))).isEqualTo(100);
    }

    @Test
    void itOutscoresEveryOtherLayoutOnSubtitles() {
        TextDocument document = TextDocument.of("a.srt", SRT);
        int score = parser.recognise(document);
        for (TranscriptParser other : List.of(new NameLinesParser(), new LabelledTurnsParser(),
                new PhraseNarrationParser(), new BilingualSubtitlesParser(), new StructuredNotesParser())) {
            assertThat(other.recognise(document)).as(other.layout().name()).isLessThan(score);
        }
    }
}
