package org.interviewarchive.reading.quote;

/**
 * What a quote card shows.
 *
 * @param quote     the quote's text as its page shows it first
 * @param byline    whose words they are: the speaker, or whose retelling or notes
 * @param interview the interview's title, with its date when known
 * @param site      the site's name
 */
record CardText(String quote, String byline, String interview, String site) {
}
