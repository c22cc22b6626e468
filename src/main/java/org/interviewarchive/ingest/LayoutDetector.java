package org.interviewarchive.ingest;

import java.util.Comparator;
import java.util.List;
import org.interviewarchive.ingest.parse.BilingualSubtitlesParser;
import org.interviewarchive.ingest.parse.LabelledTurnsParser;
import org.interviewarchive.ingest.parse.NameLinesParser;
import org.interviewarchive.ingest.parse.PhraseNarrationParser;
import org.interviewarchive.ingest.parse.PlainTextParser;
import org.interviewarchive.ingest.parse.StructuredNotesParser;
import org.interviewarchive.ingest.parse.SubtitleCuesParser;
import org.interviewarchive.ingest.parse.TableTranscriptParser;
import org.interviewarchive.ingest.parse.TextDocument;
import org.interviewarchive.ingest.parse.TranscriptParser;
import org.springframework.stereotype.Component;

/**
 * Chooses the parser whose layout a text looks most like; file names play no part. A readable text that looks like
 * no layout is read as plain text: unattributed paragraphs.
 */
@Component
class LayoutDetector {

    /** Below this, no layout is recognised with confidence. */
    static final int THRESHOLD = 40;

    private final List<TranscriptParser> parsers = List.of(
            new NameLinesParser(),
            new PhraseNarrationParser(),
            new BilingualSubtitlesParser(),
            new StructuredNotesParser(),
            new SubtitleCuesParser(),
            new TableTranscriptParser(),
            new LabelledTurnsParser());
    private final TranscriptParser plainText = new PlainTextParser();

    TranscriptParser detect(TextDocument document) {
        return parsers.stream()
                .map(parser -> new Scored(parser, parser.recognise(document)))
                .filter(scored -> scored.score() >= THRESHOLD)
                .max(Comparator.comparingInt(Scored::score))
                .map(Scored::parser)
                .orElse(plainText);
    }

    /** Every layout's score for the text, best first: what a dry run shows. */
    List<Scored> scores(TextDocument document) {
        return parsers.stream()
                .map(parser -> new Scored(parser, parser.recognise(document)))
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .toList();
    }

    record Scored(TranscriptParser parser, int score) {
    }
}
