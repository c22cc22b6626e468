package org.interviewarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Counts a search's hits in the pass that finds them: how many there are, the hits of each segment (for counting the
 * vocabulary's terms among them), and how many have each value of each dimension, read from the doc values that carry
 * value and label. One pass, with nothing to read again per dimension afterwards.
 */
final class HitCounts implements CollectorManager<HitCounts.PerSegment, HitCounts.Counted> {

    /** The hits of one segment, as the documents' numbers within it, and how many there are. */
    record SegmentHits(LeafReaderContext segment, FixedBitSet docs, int count) {
    }

    /** What a search counted: its total, its hits by segment, and each dimension's values, commonest first. */
    record Counted(long total, List<SegmentHits> hits, Map<Dimension, List<SearchResults.FacetValue>> values) {

        List<SearchResults.FacetValue> of(Dimension dimension) {
            return values.get(dimension);
        }
    }

    private final FacetOrdinals.Of ordinals;

    /** Counts with the numbering of the values of the reader to be searched. */
    HitCounts(FacetOrdinals.Of ordinals) {
        this.ordinals = ordinals;
    }

    @Override
    public PerSegment newCollector() {
        return new PerSegment();
    }

    @Override
    public Counted reduce(Collection<PerSegment> collectors) throws IOException {
        long total = 0;
        List<SegmentHits> hits = new ArrayList<>();
        Map<Dimension, long[]> counts = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            counts.put(dimension, new long[ordinals.valueCount(dimension)]);
        }
        for (PerSegment collector : collectors) {
            total += collector.total;
            for (Segment segment : collector.segments) {
                hits.add(new SegmentHits(segment.context, segment.docs, segment.hits));
                for (Dimension dimension : Dimension.values()) {
                    int[] inSegment = segment.counts.get(dimension);
                    LongValues global = ordinals.global(dimension, segment.context);
                    long[] inAll = counts.get(dimension);
                    for (int ord = 0; ord < inSegment.length; ord++) {
                        if (inSegment[ord] > 0) {
                            inAll[(int) global.get(ord)] += inSegment[ord];
                        }
                    }
                }
            }
        }
        Map<Dimension, List<SearchResults.FacetValue>> values = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            values.put(dimension, commonestFirst(dimension, counts.get(dimension)));
        }
        return new Counted(total, hits, values);
    }

    /**
     * Most hits first; equal counts by value, as the doc values order them (and number them). Each count and number
     * make one key, so that sorting them needs no comparator; a count never exceeds a reader's documents.
     */
    private List<SearchResults.FacetValue> commonestFirst(Dimension dimension, long[] counts) throws IOException {
        long[] keys = IntStream.range(0, counts.length).filter(ord -> counts[ord] > 0)
                .mapToLong(ord -> (Integer.MAX_VALUE - counts[ord]) << 32 | ord).sorted().toArray();
        FacetOrdinals.Of.Values byNumber = ordinals.values(dimension);
        List<SearchResults.FacetValue> values = new ArrayList<>(keys.length);
        for (long key : keys) {
            int ord = (int) key;
            String value = byNumber.of(ord);
            int separator = value.indexOf(SearchFields.SEPARATOR);
            values.add(new SearchResults.FacetValue(value.substring(0, separator), value.substring(separator + 1),
                    counts[ord]));
        }
        return values;
    }

    private static final class Segment {
        private final LeafReaderContext context;
        private final FixedBitSet docs;
        private final Map<Dimension, int[]> counts = new EnumMap<>(Dimension.class);
        private int hits;

        Segment(LeafReaderContext context) throws IOException {
            this.context = context;
            this.docs = new FixedBitSet(context.reader().maxDoc());
            for (Dimension dimension : Dimension.values()) {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), SearchFields.facet(dimension));
                counts.put(dimension, new int[Math.toIntExact(values.getValueCount())]);
            }
        }
    }

    /** Counts the hits of the segments one thread searches. */
    static final class PerSegment implements Collector {

        private final List<Segment> segments = new ArrayList<>();
        private long total;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Segment segment = new Segment(context);
            segments.add(segment);
            Dimension[] dimensions = Dimension.values();
            SortedSetDocValues[] values = new SortedSetDocValues[dimensions.length];
            int[][] counts = new int[dimensions.length][];
            for (int d = 0; d < dimensions.length; d++) {
                values[d] = DocValues.getSortedSet(context.reader(), SearchFields.facet(dimensions[d]));
                counts[d] = segment.counts.get(dimensions[d]);
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    segment.hits++;
                    segment.docs.set(doc);
                    for (int d = 0; d < values.length; d++) {
                        if (values[d].advanceExact(doc)) {
                            for (int i = values[d].docValueCount(); i > 0; i--) {
                                counts[d][(int) values[d].nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }
    }
}
