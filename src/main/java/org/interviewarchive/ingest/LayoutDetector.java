package org.interviewarchive.ingest;

import java.util.Comparator;
import java.util.List;
import org.interviewarchive.ingest.parse.BilingualSubtitlesParser;
import org.interviewarchive.ingest.parse.LabelledMarkdownParser;
import org.interviewarchive.ingest.parse.NameLinesParser;
import org.interviewarchive.ingest.parse.PhraseNarrationParser;
import org.interviewarchive.ingest.parse.StructuredNotesParser;
import org.interviewarchive.ingest.parse.SubtitleCuesParser;
import org.interviewarchive.ingest.parse.TextDocument;
import org.interviewarchive.ingest.parse.TranscriptParser;
import org.springframework.stereotype.Component;

/** Chooses the parser whose layout a text looks most like; file names play no part. */
@Component
class LayoutDetector {

    /** Below this, no layout is recognised and the file is refused rather than parsed into nonsense. */
    static final int THRESHOLD = 40;

    private final List<TranscriptParser> parsers = List.of(
            new NameLinesParser(),
            new LabelledMarkdownParser(),
            new PhraseNarrationParser(),
            new BilingualSubtitlesParser(),
            new StructuredNotesParser(),
            new SubtitleCuesParser());

    TranscriptParser detect(TextDocument document) {
        record Scored(TranscriptParser parser, int score) {
        }
        Scored best = parsers.stream()
                .map(parser -> new Scored(parser, parser.recognise(document)))
                .max(Comparator.comparingInt(Scored::score))
                .orElseThrow();
        if (best.score() < THRESHOLD) {
            throw new RefusedFileException("it has no layout the ingest recognises (no speaker labels, subtitle "
                    + "blocks, structured notes or narration lines)");
        }
        return best.parser();
    }
}
