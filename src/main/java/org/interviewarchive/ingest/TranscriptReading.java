package org.interviewarchive.ingest;

import org.interviewarchive.ingest.parse.ParseContext;
import org.interviewarchive.ingest.parse.TextDocument;
import org.interviewarchive.ingest.parse.Transcript;
import org.interviewarchive.ingest.parse.TranscriptParser;
import org.springframework.stereotype.Component;

/**
 * The reading half of the pipeline, shared by the ingest and its previews: decode the bytes, turn a web page into
 * its text, choose the layout by what the text looks like, parse it into a plain transcript.
 */
@Component
class TranscriptReading {

    private final LayoutDetector detector;

    TranscriptReading(LayoutDetector detector) {
        this.detector = detector;
    }

    /** A file read into a transcript, with the parser that read it. */
    record Read(TranscriptParser parser, Transcript transcript) {
    }

    /**
     * @throws RefusedFileException when the bytes are no readable text
     * @throws org.interviewarchive.ingest.parse.UnparseableTranscriptException when the text has a layout's look
     *                                                                          but no interview in it
     */
    Read read(String fileName, byte[] bytes, ParseContext context) {
        String text = TranscriptDecoder.decode(bytes);
        if (HtmlText.isHtml(fileName, text)) {
            text = HtmlText.toText(text);
        }
        TextDocument document = TextDocument.of(fileName, text);
        TranscriptParser parser = detector.detect(document);
        return new Read(parser, parser.parse(document, context));
    }
}
