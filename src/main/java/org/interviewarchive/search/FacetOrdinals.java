package org.interviewarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.springframework.stereotype.Component;

/**
 * Each dimension's values numbered across all segments of a reader, in the doc values' own order, so that a search's
 * counts from every segment add up in one array and only the values counted are read as text. Worked out once per
 * reader and dropped when it closes.
 */
@Component
class FacetOrdinals {

    private final Map<IndexReader.CacheKey, Of> readers = new ConcurrentHashMap<>();

    /** The numbering of the reader the searcher searches. */
    Of of(IndexSearcher searcher) {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader);
        }
        return readers.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(readers::remove);
            return build(reader);
        });
    }

    private static Of build(IndexReader reader) {
        Map<Dimension, OrdinalMap> maps = new EnumMap<>(Dimension.class);
        try {
            for (Dimension dimension : Dimension.values()) {
                List<LeafReaderContext> leaves = reader.leaves();
                SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
                for (LeafReaderContext leaf : leaves) {
                    values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), SearchFields.facet(dimension));
                }
                maps.put(dimension, OrdinalMap.build(null, values, PackedInts.DEFAULT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Of(reader.leaves(), maps);
    }

    /** One reader's numbering of each dimension's values. */
    static final class Of {

        private final List<LeafReaderContext> leaves;
        private final Map<Dimension, OrdinalMap> maps;

        private Of(List<LeafReaderContext> leaves, Map<Dimension, OrdinalMap> maps) {
            this.leaves = leaves;
            this.maps = maps;
        }

        int valueCount(Dimension dimension) {
            return Math.toIntExact(maps.get(dimension).getValueCount());
        }

        /** The numbers across segments of a segment's values, by their numbers in the segment. */
        LongValues global(Dimension dimension, LeafReaderContext segment) {
            return maps.get(dimension).getGlobalOrds(segment.ord);
        }

        /** Reads a dimension's values by their numbers; for one thread. */
        Values values(Dimension dimension) {
            return new Values(dimension, maps.get(dimension), new SortedSetDocValues[leaves.size()]);
        }

        /** A dimension's values by number, each segment's doc values opened once, when first needed. */
        final class Values {

            private final Dimension dimension;
            private final OrdinalMap map;
            private final SortedSetDocValues[] segments;

            private Values(Dimension dimension, OrdinalMap map, SortedSetDocValues[] segments) {
                this.dimension = dimension;
                this.map = map;
                this.segments = segments;
            }

            /** The value, as the doc values hold it, that has the number. */
            String of(int global) throws IOException {
                int segment = map.getFirstSegmentNumber(global);
                if (segments[segment] == null) {
                    segments[segment] = DocValues.getSortedSet(leaves.get(segment).reader(),
                            SearchFields.facet(dimension));
                }
                return segments[segment].lookupOrd(map.getFirstSegmentOrd(global)).utf8ToString();
            }
        }
    }
}
