package org.interviewarchive.quote;

import org.interviewarchive.interview.InterviewRef;

/**
 * One quote where it stands: the interview it comes from and the quotes either side of it.
 *
 * @param previous the quote before it in the interview, or null for the first
 * @param next     the quote after it, or null for the last
 */
public record QuoteInContext(QuoteView quote, QuoteSource interview, QuoteView previous, QuoteView next) {

    /** The quote with its interview and its neighbours' ids, as the API and search show it. */
    public QuoteDetail detail() {
        return new QuoteDetail(quote, new InterviewRef(interview.slug(), interview.title()),
                previous == null ? null : previous.id(), next == null ? null : next.id());
    }
}
