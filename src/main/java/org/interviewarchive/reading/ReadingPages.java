package org.interviewarchive.reading;

/**
 * How a reading view is cut into pages: a few hundred quotes each, so that no page of even the longest interview is
 * slow or heavy; and where one quote of the whole interview stands, for the links that open it in place.
 */
public final class ReadingPages {

    /** Quotes on one page of a reading view. */
    public static final int SIZE = 200;

    private ReadingPages() {
    }

    /** The page (from 1) that holds the quote at this index of what is shown. */
    public static int of(int index) {
        return index / SIZE + 1;
    }

    /** The page's address: the path with its query, and the page unless it is the first. */
    public static String url(String pathAndQuery, int page) {
        return page <= 1 ? pathAndQuery : pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "page=" + page;
    }

    /** The quote at {@code position} in its whole interview, in place. */
    public static String inPlace(String interviewSlug, int position, String quoteId) {
        return url("/interviews/" + interviewSlug, of(position)) + "#q-" + quoteId;
    }
}
