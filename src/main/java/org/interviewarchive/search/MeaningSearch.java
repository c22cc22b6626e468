package org.interviewarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.meaning.Embedder;
import org.springframework.stereotype.Component;

/**
 * Search by meaning: the quotes whose vectors are nearest a query's, within the same filters as the keyword search,
 * and only those at least {@code archive.semantic.min-similarity} alike, so that a question about nothing in the
 * archive finds nothing. Exact phrases ({@code "…"}) are asked of the words alone.
 */
@Component
class MeaningSearch {

    /** How many nearest quotes a search considers. */
    static final int CANDIDATES = 100;
    /** Reciprocal rank fusion's usual constant: a hit's share is 1 / (60 + its rank) in each list. */
    static final int RANK_CONSTANT = 60;

    private final Embedder embedder;
    private final float minScore;

    MeaningSearch(Embedder embedder, ArchiveProperties properties) {
        this.embedder = embedder;
        // Lucene scores a dot product of unit vectors as (1 + cosine) / 2.
        this.minScore = (1 + properties.semantic().minSimilarity()) / 2;
    }

    boolean available() {
        return embedder.enabled();
    }

    /** The quotes of similar meaning to the words of a query, within a filter (null: none). */
    Nearest nearest(IndexSearcher searcher, String query, Query filter, SearchMode mode) throws IOException {
        if (!embedder.enabled() || mode == SearchMode.KEYWORD) {
            return Nearest.NONE;
        }
        String words = words(query);
        if (words.isBlank()) {
            return Nearest.NONE;
        }
        return nearest(searcher, embedder.embed(words), filter, CANDIDATES);
    }

    /** The quotes nearest a vector within a filter (null: none), best first. */
    Nearest nearest(IndexSearcher searcher, float[] vector, Query filter, int max) throws IOException {
        TopDocs top = searcher.search(new KnnFloatVectorQuery(SearchFields.VECTOR, vector, max, filter), max);
        List<ScoreDoc> kept = new ArrayList<>();
        Set<BytesRef> ids = new HashSet<>();
        for (ScoreDoc hit : top.scoreDocs) {
            if (hit.score >= minScore) {
                kept.add(hit);
                ids.add(new BytesRef(searcher.storedFields().document(hit.doc, Set.of(SearchFields.ID))
                        .get(SearchFields.ID)));
            }
        }
        if (kept.isEmpty()) {
            return new Nearest(vector, Nearest.NONE.top(), null);
        }
        return new Nearest(vector, new TopDocs(top.totalHits, kept.toArray(ScoreDoc[]::new)),
                new TermInSetQuery(SearchFields.ID, ids));
    }

    /** Of some documents, those the keyword query matches too. */
    static Set<Integer> matching(IndexSearcher searcher, Query keyword, Set<Integer> docs) throws IOException {
        if (docs.isEmpty()) {
            return Set.of();
        }
        Set<BytesRef> ids = new HashSet<>();
        for (int doc : docs) {
            ids.add(new BytesRef(searcher.storedFields().document(doc, Set.of(SearchFields.ID)).get(SearchFields.ID)));
        }
        Query both = new BooleanQuery.Builder()
                .add(keyword, Occur.FILTER)
                .add(new TermInSetQuery(SearchFields.ID, ids), Occur.FILTER)
                .build();
        return Arrays.stream(searcher.search(both, docs.size()).scoreDocs)
                .map(hit -> hit.doc).collect(Collectors.toSet());
    }

    /** A document's vector, or null when it has none yet. */
    static float[] vectorOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(SearchFields.VECTOR);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator each = values.iterator();
        int local = doc - leaf.docBase;
        return each.advance(local) == local ? values.vectorValue(each.index()).clone() : null;
    }

    float[] embed(String text) {
        return embedder.embed(text);
    }

    List<float[]> embedAll(List<String> texts) {
        return embedder.embedAll(texts);
    }

    /** The words a query asks by meaning: its plain words, without field filters; none for an exact phrase. */
    static String words(String query) {
        if (query == null || query.chars().anyMatch(c -> c == '"' || c == '“' || c == '”')) {
            return "";
        }
        return QueryText.parse(query).required().stream()
                .flatMap(List::stream)
                .filter(part -> part instanceof QueryText.Words)
                .map(part -> ((QueryText.Words) part).text())
                .collect(Collectors.joining(" "));
    }
}
