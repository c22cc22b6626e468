package org.interviewarchive.reading.quote;

import org.interviewarchive.quote.QuoteInContext;
import org.interviewarchive.reading.cite.CitationBlock;

/**
 * The quote page's model: the quote in context and the links around it.
 *
 * @param title      the speaker and the interview, for the page title and link previews
 * @param permalink  the absolute address of this page, to share and to cite
 * @param inPlaceUrl the quote in its interview
 * @param sectionUrl the interview narrowed to the quote's section, null when it has none
 * @param citations  the quote's citations in every style, their files, and the quote with its citation to copy
 * @param sourceLink the interview's source URL when it is a web address a reader can follow, else null
 * @param time       where in the programme the quote starts, as the transcript states it or estimated and marked ≈;
 *                   null when unknown
 * @param timeUrl    the recording at that moment, null when there is no recording that takes a time
 */
public record QuotePageView(QuoteInContext page, String title, String permalink, String inPlaceUrl, String sectionUrl,
                            CitationBlock citations, String sourceLink, String time, String timeUrl) {

    /** Whether the time is an estimate rather than what the transcript states. */
    public boolean timeEstimated() {
        return page.quote().startSeconds() == null;
    }
}
