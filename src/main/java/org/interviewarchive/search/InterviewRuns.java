package org.interviewarchive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * How many interviews use a word, without reading every quote that does: an interview's quotes are written together,
 * so in each segment they lie in a few runs of consecutive documents, and a word's postings are only asked whether
 * they reach into each run. The runs are worked out once per segment (a segment never changes; they go when it is
 * merged away). Runs that are not consecutive only make more runs, never a wrong count.
 */
final class InterviewRuns {

    /** One segment's runs: run {@code r} is the documents from {@code starts[r]} up to the next start, of {@code ords[r]}. */
    private record Runs(int[] starts, int[] ords, int maxDoc) {

        int end(int run) {
            return run + 1 < starts.length ? starts[run + 1] : maxDoc;
        }
    }

    private final Map<IndexReader.CacheKey, Runs> segments = new ConcurrentHashMap<>();

    /** How many interviews have a live quote whose {@code field} holds the token. */
    int interviewsUsing(IndexReader reader, String field, String token) throws IOException {
        Set<BytesRef> interviews = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum postings = leaf.reader().postings(new Term(field, token), PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            SortedDocValues interviewOf = DocValues.getSorted(leaf.reader(), SearchFields.INTERVIEW);
            FixedBitSet counted = new FixedBitSet(Math.max(1, interviewOf.getValueCount()));
            Bits live = leaf.reader().getLiveDocs();
            Runs runs = runs(leaf.reader());
            int doc = -1;
            for (int run = 0; run < runs.starts().length && doc != DocIdSetIterator.NO_MORE_DOCS; run++) {
                int ord = runs.ords()[run];
                if (ord < 0 || counted.get(ord)) {
                    continue;
                }
                int end = runs.end(run);
                if (doc < runs.starts()[run]) {
                    doc = postings.advance(runs.starts()[run]);
                }
                while (doc < end && live != null && !live.get(doc)) {
                    doc = postings.nextDoc();
                }
                if (doc < end) {
                    counted.set(ord);
                    interviews.add(BytesRef.deepCopyOf(interviewOf.lookupOrd(ord)));
                }
            }
        }
        return interviews.size();
    }

    private Runs runs(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return computeRuns(reader);
        }
        Runs cached = segments.get(helper.getKey());
        if (cached != null) {
            return cached;
        }
        Runs runs = computeRuns(reader);
        if (segments.put(helper.getKey(), runs) == null) {
            helper.addClosedListener(segments::remove);
        }
        return runs;
    }

    private static Runs computeRuns(LeafReader reader) throws IOException {
        SortedDocValues interviewOf = DocValues.getSorted(reader, SearchFields.INTERVIEW);
        int maxDoc = reader.maxDoc();
        int[] starts = new int[16];
        int[] ords = new int[16];
        int count = 0;
        int previous = Integer.MIN_VALUE;
        for (int doc = 0; doc < maxDoc; doc++) {
            int ord = interviewOf.advanceExact(doc) ? interviewOf.ordValue() : -1;
            if (ord != previous) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ords = Arrays.copyOf(ords, count * 2);
                }
                starts[count] = doc;
                ords[count] = ord;
                count++;
                previous = ord;
            }
        }
        return new Runs(Arrays.copyOf(starts, count), Arrays.copyOf(ords, count), maxDoc);
    }
}
