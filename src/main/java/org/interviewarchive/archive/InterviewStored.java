package org.interviewarchive.archive;

import java.util.List;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteView;

/**
 * Published when an interview's transaction has committed, so that derived data (the search index) can catch up. It
 * carries what was stored, so that nothing has to read the interview back from the database to index it.
 *
 * @param interview the interview stored or replaced
 * @param quotes    its quotes in reading order
 * @param revision  the archive's revision after the change
 */
public record InterviewStored(InterviewView interview, List<QuoteView> quotes, long revision) {

    public String slug() {
        return interview.slug();
    }
}
