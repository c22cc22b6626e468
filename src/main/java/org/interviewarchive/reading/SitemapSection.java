package org.interviewarchive.reading;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * One kind of page in the sitemap (interviews, speakers, topics, quotes): how many there are, and their addresses
 * with when each last changed, a range at a time, so that a sitemap file never needs them all at once.
 */
public interface SitemapSection {

    /** A short name for the section's files: {@code interviews}, {@code quotes}. */
    String name();

    long size();

    /** Hands over the pages from {@code skip} on, at most {@code limit} of them, in a stable order. */
    void pages(long skip, long limit, Page page);

    /** The latest of some interviews' times, for a page that shows them all; the epoch for none. */
    static Instant latest(Collection<String> interviewSlugs, Map<String, Instant> storedBySlug) {
        return interviewSlugs.stream().map(storedBySlug::get).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    /** What a sitemap says of a page. */
    @FunctionalInterface
    interface Page {
        void at(String path, Instant lastModified);
    }
}
