package org.interviewarchive.quote;

/**
 * One quote as its own page shows it.
 *
 * @param previous the quote before it in the interview, or null for the first
 * @param next     the quote after it, or null for the last
 */
public record QuotePage(QuoteView quote, QuoteSource interview, QuoteView previous, QuoteView next) {
}
