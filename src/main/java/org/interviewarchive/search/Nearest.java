package org.interviewarchive.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The quotes nearest in meaning to a query, best first, each at least as similar as the archive asks.
 *
 * @param vector   the query's vector, or null when it was not asked by meaning
 * @param top      the nearest quotes
 * @param matching a query matching exactly those quotes, or null when there are none
 */
record Nearest(float[] vector, TopDocs top, Query matching) {

    static final Nearest NONE = new Nearest(null, new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO),
            new ScoreDoc[0]), null);

    boolean isEmpty() {
        return matching == null;
    }

    Set<Integer> docs() {
        Set<Integer> docs = new HashSet<>();
        for (ScoreDoc hit : top.scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }

    /** What a search in this mode matches: the keyword query's hits, these, or both. */
    Query widen(Query keyword, SearchMode mode) {
        if (mode == SearchMode.MEANING && vector != null) {
            return isEmpty() ? new MatchNoDocsQuery() : matching;
        }
        if (isEmpty() || mode == SearchMode.KEYWORD) {
            return keyword;
        }
        return new BooleanQuery.Builder().add(keyword, Occur.SHOULD).add(matching, Occur.SHOULD).build();
    }

    /** The nearest quotes and the keyword hits in one ranking by reciprocal rank fusion. */
    ScoreDoc[] fuse(TopDocs keyword, int rankConstant) {
        int all = keyword.scoreDocs.length + top.scoreDocs.length;
        return TopDocs.rrf(Math.max(1, all), rankConstant, List.of(keyword, top).toArray(TopDocs[]::new)).scoreDocs;
    }
}
