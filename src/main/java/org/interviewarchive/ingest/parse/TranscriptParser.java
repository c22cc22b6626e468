package org.interviewarchive.ingest.parse;

/** Parses one layout. Chosen by {@link #recognise}, never by a file's name. */
public interface TranscriptParser {

    Layout layout();

    /**
     * How strongly the text looks like this parser's layout, from 0 (not at all) to 100 (unmistakably).
     * Must be cheap: every parser is asked about every file.
     */
    int recognise(TextDocument document);

    /** @throws UnparseableTranscriptException when the text has the layout's look but no interview in it */
    Transcript parse(TextDocument document, ParseContext context);
}
