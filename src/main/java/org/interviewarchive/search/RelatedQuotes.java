package org.interviewarchive.search;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.interviewarchive.quote.QuoteDetail;
import org.springframework.stereotype.Service;

/**
 * Quotes from other interviews that say something like a given quote, for its page and the API: the nearest in
 * meaning once the quote has its vector, else those sharing its most telling words.
 */
@Service
public class RelatedQuotes {

    private final SearchIndex index;
    private final MeaningSearch meaning;

    RelatedQuotes(SearchIndex index, MeaningSearch meaning) {
        this.index = index;
        this.meaning = meaning;
    }

    /** The quotes most like this one from other interviews, best first; empty for an unknown id. */
    public List<QuoteDetail> of(String quoteId, int max) {
        return index.withSearcher(searcher -> {
            TopDocs own = searcher.search(new TermQuery(new Term(SearchFields.ID, quoteId)), 1);
            if (own.scoreDocs.length == 0) {
                return List.of();
            }
            Document quote = searcher.storedFields().document(own.scoreDocs[0].doc);
            Query otherInterviews = new BooleanQuery.Builder()
                    .add(MatchAllDocsQuery.INSTANCE, Occur.MUST)
                    .add(new TermQuery(new Term(SearchFields.INTERVIEW, quote.get(SearchFields.INTERVIEW))), Occur.MUST_NOT)
                    .build();
            float[] vector = meaning.available() ? MeaningSearch.vectorOf(searcher, own.scoreDocs[0].doc) : null;
            if (vector != null) {
                List<QuoteDetail> near = new ArrayList<>();
                for (ScoreDoc hit : meaning.nearest(searcher, vector, otherInterviews, max).top().scoreDocs) {
                    near.add(QuoteDocuments.toQuote(searcher.storedFields().document(hit.doc)));
                }
                return near;
            }
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(index.analyzer());
            like.setFieldNames(new String[] {SearchFields.TEXT, SearchFields.TRANSLATION});
            like.setMinTermFreq(1);
            like.setMinDocFreq(2);
            like.setMaxQueryTerms(30);
            String text = quote.get(SearchFields.TEXT) + "\n" + (quote.get(SearchFields.TRANSLATION) == null ? ""
                    : quote.get(SearchFields.TRANSLATION));
            Query similar = new BooleanQuery.Builder()
                    .add(like.like(SearchFields.TEXT, new StringReader(text)), Occur.MUST)
                    .add(new TermQuery(new Term(SearchFields.INTERVIEW, quote.get(SearchFields.INTERVIEW))), Occur.MUST_NOT)
                    .build();
            List<QuoteDetail> related = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(similar, max).scoreDocs) {
                related.add(QuoteDocuments.toQuote(searcher.storedFields().document(hit.doc)));
            }
            return related;
        });
    }
}
