package org.interviewarchive.quote;

/**
 * A quote with the position of the interview section it stands under, so that a reading view can put headings in
 * place even when two sections share a title.
 *
 * @param section the section's position in its interview, or {@link #NO_SECTION}
 */
public record PlacedQuote(QuoteView quote, int section) {

    public static final int NO_SECTION = -1;
}
