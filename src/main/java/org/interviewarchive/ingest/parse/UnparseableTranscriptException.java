package org.interviewarchive.ingest.parse;

/** A text that cannot become an interview; the message says why, for the person who supplied it. */
public class UnparseableTranscriptException extends RuntimeException {

    public UnparseableTranscriptException(String reason) {
        super(reason);
    }
}
