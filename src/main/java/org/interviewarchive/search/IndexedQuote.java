package org.interviewarchive.search;

import java.time.LocalDate;
import java.util.List;
import org.interviewarchive.quote.QuoteDetail;

/**
 * A quote with everything its search document holds.
 *
 * @param quote  the quote as the API shows it, with its interview and neighbours
 * @param date   the interview's publication date, or null
 * @param topics the topics it is tagged with
 * @param vector its vector for search by meaning, or null while it has none
 */
record IndexedQuote(QuoteDetail quote, LocalDate date, List<Label> topics, float[] vector) {

    /** A quote whose vector is not computed yet. */
    IndexedQuote(QuoteDetail quote, LocalDate date, List<Label> topics) {
        this(quote, date, topics, null);
    }

    /** A facet value with its display label. */
    record Label(String value, String label) {
    }
}
