package org.interviewarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.interviewarchive.topic.TopicTerm;
import org.springframework.stereotype.Component;

/**
 * How many hits of a search mention each vocabulary term, in one pass over the hits: which documents mention a term
 * is worked out once per index segment and vocabulary (a segment never changes; the sets go when it is merged away),
 * and a search only intersects its hits with them. An interview's tags are read from the same sets.
 */
@Component
class TopicTermCounts {

    /** The documents of one segment that mention each term of a vocabulary, in the vocabulary's order. */
    private record SegmentTerms(TermMatcher vocabulary, FixedBitSet[] mentions) {
    }

    private final Map<IndexReader.CacheKey, SegmentTerms> segments = new ConcurrentHashMap<>();

    /** The count of hits mentioning each term, in vocabulary order; terms no hit mentions are left out. */
    List<SearchResults.FacetValue> count(IndexSearcher searcher, List<HitCounts.SegmentHits> hits,
            QueryTranslator translator, TermMatcher vocabulary) throws IOException {
        List<TopicTerm> terms = vocabulary.terms();
        long[] counts = new long[terms.size()];
        for (HitCounts.SegmentHits segment : hits) {
            FixedBitSet[] mentions = mentions(searcher, segment.segment(), translator, vocabulary);
            if (segment.count() < segment.docs().getBits().length) {
                countHitByHit(segment.docs(), mentions, counts);
            } else {
                for (int t = 0; t < terms.size(); t++) {
                    if (mentions[t] != null) {
                        counts[t] += FixedBitSet.intersectionCount(segment.docs(), mentions[t]);
                    }
                }
            }
        }
        List<SearchResults.FacetValue> values = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            if (counts[t] > 0) {
                values.add(new SearchResults.FacetValue(terms.get(t).slug(), terms.get(t).label(), counts[t]));
            }
        }
        return values;
    }

    /**
     * Fewer hits than the segment's bit set has words: looking each hit up in each term's set is less work than
     * intersecting whole sets, so a rare word's term counts cost about what its hits do, not what the segment does.
     */
    private static void countHitByHit(FixedBitSet hits, FixedBitSet[] mentions, long[] counts) throws IOException {
        hits.forEach(0, hits.length(), 0, doc -> {
            for (int t = 0; t < mentions.length; t++) {
                if (mentions[t] != null && mentions[t].get(doc)) {
                    counts[t]++;
                }
            }
        });
    }

    /**
     * The documents of one segment that mention each term of the vocabulary, in the vocabulary's order; null for a term
     * no document of the segment mentions. Shared: never changed by a caller.
     */
    FixedBitSet[] mentions(IndexSearcher searcher, LeafReaderContext leaf, QueryTranslator translator,
            TermMatcher vocabulary) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return compute(searcher, leaf, translator, vocabulary);
        }
        SegmentTerms cached = segments.get(helper.getKey());
        if (cached != null && cached.vocabulary() == vocabulary) {
            return cached.mentions();
        }
        FixedBitSet[] mentions = compute(searcher, leaf, translator, vocabulary);
        if (segments.put(helper.getKey(), new SegmentTerms(vocabulary, mentions)) == null) {
            helper.addClosedListener(segments::remove);
        }
        return mentions;
    }

    private static FixedBitSet[] compute(IndexSearcher searcher, LeafReaderContext leaf, QueryTranslator translator,
            TermMatcher vocabulary) throws IOException {
        List<TopicTerm> terms = vocabulary.terms();
        FixedBitSet[] mentions = new FixedBitSet[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            Query topic = translator.topic(terms.get(t).slug());
            if (topic == null) {
                continue;
            }
            Weight weight = searcher.createWeight(searcher.rewrite(topic), ScoreMode.COMPLETE_NO_SCORES, 1);
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
                DocIdSetIterator each = scorer.iterator();
                docs.or(each);
                mentions[t] = docs;
            }
        }
        return mentions;
    }
}
