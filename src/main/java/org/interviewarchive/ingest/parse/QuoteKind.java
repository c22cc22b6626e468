package org.interviewarchive.ingest.parse;

/** How a passage relates to what its speaker said. */
public enum QuoteKind {
    /** The speaker's own words. */
    DIRECT,
    /** Someone else's account of what the speaker said. */
    REPORTED,
    /** A narrator's own words. */
    NARRATION,
    /** An editor's summary of the speaker's views. */
    SUMMARY
}
