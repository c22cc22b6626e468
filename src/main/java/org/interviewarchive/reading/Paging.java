package org.interviewarchive.reading;

import java.util.List;

/**
 * The page of a long list a request asks for: from 1, with at most {@code size} items. A page or size that is not a
 * number means the default, and a size beyond the largest is the largest, so that no address of a list fails.
 */
public record Paging(int page, int size) {

    /** Items on a reader's page of a list: speakers, topics. */
    public static final int LIST_PAGE = 100;
    /** The default and largest page of a list in the API. */
    public static final int API_LIST_PAGE = 1000;
    /** Quotes on a reader's page of a topic or a speaker. */
    public static final int QUOTES_PAGE = 50;
    /** The default and largest page of a topic's or speaker's quotes in the API. */
    public static final int API_QUOTES_PAGE = 500;

    public Paging {
        page = Math.max(1, page);
        size = Math.max(1, size);
    }

    /** For the API: the client may ask for a smaller page than {@code largest}, which is also the default. */
    public static Paging of(String page, String size, int largest) {
        return new Paging(number(page, 1), Math.min(number(size, largest), largest));
    }

    /** For a reader's page, whose size is the page's own. */
    public static Paging of(String page, int size) {
        return new Paging(number(page, 1), size);
    }

    /** The page, but none past the last row a database query can address: past it, no page has items. */
    public int addressablePage() {
        return Math.min(page, Integer.MAX_VALUE / size);
    }

    /** This page of a whole list already in hand; beyond the last page, the last. */
    public <T> Paged<T> of(List<T> all) {
        int shown = Math.min(page, Paged.pages(all.size(), size));
        int from = (shown - 1) * size;
        return new Paged<>(all.subList(from, Math.min(all.size(), from + size)), shown, size, all.size());
    }

    /** The API's {@code Link} header to the page after {@code page} of the list at {@code path}. */
    public static String nextLink(String path, int page, int size) {
        return "<" + path + (path.contains("?") ? "&" : "?") + "page=" + (page + 1) + "&size=" + size
                + ">; rel=\"next\"";
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
