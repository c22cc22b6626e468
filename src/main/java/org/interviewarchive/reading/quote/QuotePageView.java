package org.interviewarchive.reading.quote;

import org.interviewarchive.quote.QuoteInContext;

/**
 * The quote page's model: the quote in context and the links around it.
 *
 * @param title      the speaker and the interview, for the page title and link previews
 * @param permalink  the absolute address of this page, to share and to cite
 * @param inPlaceUrl the quote in its interview
 * @param sectionUrl the interview narrowed to the quote's section, null when it has none
 * @param citation   a ready citation in the reader's interface language
 * @param sourceLink the interview's source URL when it is a web address a reader can follow, else null
 * @param time       where in the programme the quote starts, estimated and marked ≈; null when unknown
 */
public record QuotePageView(QuoteInContext page, String title, String permalink, String inPlaceUrl, String sectionUrl,
                            String citation, String sourceLink, String time) {
}
