package org.interviewarchive.quote;

/** How a quote relates to what its speaker said. */
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
