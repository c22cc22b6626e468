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
    SUMMARY;

    /**
     * Whether the words are the speaker's own (DIRECT, or a narrator's NARRATION) rather than someone else's account
     * of them (REPORTED, SUMMARY), which is presented and cited by who wrote it.
     */
    public boolean ownWords() {
        return this == DIRECT || this == NARRATION;
    }
}
