package org.interviewarchive.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The totals and facet counts of recent searches, for the index reader they were counted on: a reader never changes,
 * so they hold until the index does, and the next page of a search, or the same search by another reader, only ranks
 * its page. Counting every hit is most of a search's work when it matches much of the archive.
 */
final class RecentCounts {

    /** How many searches are kept: the facets are trimmed, so each is a few kilobytes whatever the archive's size. */
    private static final int SEARCHES = 512;

    record Counted(long total, SearchResults.Facets facets) {
    }

    private IndexReader.CacheKey reader;
    private final Map<Object, Counted> counted = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Counted> eldest) {
            return size() > SEARCHES;
        }
    };

    /** The counts of a search on this searcher's reader, or null when they are not kept. */
    synchronized Counted get(IndexSearcher searcher, Object search) {
        IndexReader.CacheHelper on = searcher.getIndexReader().getReaderCacheHelper();
        return on != null && on.getKey() == reader ? counted.get(search) : null;
    }

    synchronized void put(IndexSearcher searcher, Object search, Counted counts) {
        IndexReader.CacheHelper on = searcher.getIndexReader().getReaderCacheHelper();
        if (on == null) {
            return;
        }
        if (on.getKey() != reader) {
            counted.clear();
            reader = on.getKey();
        }
        counted.put(search, counts);
    }
}
