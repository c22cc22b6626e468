package org.interviewarchive.search;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.interviewarchive.quote.QuoteDetail;
import org.springframework.stereotype.Service;

/**
 * Quotes from other interviews that say something like a given quote, for its page and the API. They must share two
 * of its distinctive words, or one and a topic: common words (on the stop list, or in many quotes of the archive) make
 * no quote related. Among those, once the quote has its vector, the nearest in meaning come first.
 */
@Service
public class RelatedQuotes {

    private static final int SHARED_WORDS = 2;
    /**
     * How long a quote's related quotes are kept while none of the interviews they come from changes: an interview
     * stored since may hold a closer one, shown once this has passed.
     */
    private static final Duration KEPT = Duration.ofMinutes(10);
    /** How many quotes' related quotes are kept at most, so that the cache never grows with the archive. */
    private static final int CACHED_QUOTES = 4096;

    private final SearchIndex index;
    private final MeaningSearch meaning;
    private final ContentWords words;
    private final InterviewTerms terms;
    private final SearchQueries queries;

    /** Each quote's related quotes as last worked out, with the versions of the interviews they were read from. */
    private final Map<String, Related> cached = new ConcurrentHashMap<>();

    private record Related(int max, long at, Map<String, Long> versions, List<QuoteDetail> quotes) {
    }

    RelatedQuotes(SearchIndex index, MeaningSearch meaning, ContentWords words, InterviewTerms terms, SearchQueries queries) {
        this.index = index;
        this.meaning = meaning;
        this.words = words;
        this.terms = terms;
        this.queries = queries;
    }

    /**
     * The quotes most like this one from other interviews, best first; empty for an unknown id. A quote's page is read
     * far more often than the archive changes: what was worked out is kept while the quote's and the shown quotes'
     * interviews stay as they were, for a while.
     */
    public List<QuoteDetail> of(String quoteId, int max) {
        if (cached.size() >= CACHED_QUOTES && !cached.containsKey(quoteId)) {
            cached.clear();
        }
        return cached.compute(quoteId, (id, kept) -> kept != null && stillGood(kept, max) ? kept
                : related(id, max)).quotes().stream().limit(max).toList();
    }

    private boolean stillGood(Related kept, int max) {
        return kept.max() >= max && System.nanoTime() - kept.at() < KEPT.toNanos()
                && kept.versions().entrySet().stream().allMatch(each -> index.versionOf(each.getKey()) == each.getValue());
    }

    private Related related(String quoteId, int max) {
        long at = System.nanoTime();
        Map<String, Long> versions = new HashMap<>();
        List<QuoteDetail> found = find(quoteId, max, versions);
        found.forEach(quote -> versions.put(quote.interview().slug(), index.versionOf(quote.interview().slug())));
        return new Related(max, at, versions, found);
    }

    /** @param versions where the version of the quote's own interview is put, as it was read */
    private List<QuoteDetail> find(String quoteId, int max, Map<String, Long> versions) {
        return index.withSearcher(searcher -> {
            TopDocs own = searcher.search(new TermQuery(new Term(SearchFields.ID, quoteId)), 1);
            if (own.scoreDocs.length == 0) {
                return List.of();
            }
            Document quote = searcher.storedFields().document(own.scoreDocs[0].doc);
            versions.put(quote.get(SearchFields.INTERVIEW), index.versionOf(quote.get(SearchFields.INTERVIEW)));
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(index.analyzer());
            like.setFieldNames(new String[] {SearchFields.TEXT, SearchFields.TRANSLATION});
            like.setStopWords(words.stopWords());
            like.setMinWordLen(2);
            like.setMinTermFreq(1);
            like.setMinDocFreq(2);
            like.setMaxDocFreqPct(ContentWords.COMMON_WORD_PERCENT);
            like.setMaxQueryTerms(30);
            String text = quote.get(SearchFields.TEXT) + "\n" + (quote.get(SearchFields.TRANSLATION) == null ? ""
                    : quote.get(SearchFields.TRANSLATION));
            BooleanQuery shared = (BooleanQuery) like.like(SearchFields.TEXT, new StringReader(text));
            String interview = quote.get(SearchFields.INTERVIEW);
            Query similar = new BooleanQuery.Builder()
                    .add(sharing(shared, SHARED_WORDS), Occur.SHOULD)
                    .add(sameTopic(terms.of(searcher, own.scoreDocs[0].doc), sharing(shared, 1)), Occur.SHOULD)
                    .setMinimumNumberShouldMatch(1)
                    .add(new TermQuery(new Term(SearchFields.INTERVIEW, interview)), Occur.MUST_NOT)
                    .build();
            float[] vector = meaning.available() ? MeaningSearch.vectorOf(searcher, own.scoreDocs[0].doc) : null;
            ScoreDoc[] best = vector == null ? searcher.search(similar, max).scoreDocs
                    : meaning.nearest(searcher, vector, similar, max).top().scoreDocs;
            List<QuoteDetail> related = new ArrayList<>();
            for (ScoreDoc hit : best) {
                related.add(QuoteDocuments.toQuote(searcher.storedFields().document(hit.doc)));
            }
            return related;
        });
    }

    /** Quotes with at least {@code count} of the words (all of them when there are fewer). */
    private static Query sharing(BooleanQuery words, int count) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (BooleanClause clause : words.clauses()) {
            any.add(clause);
        }
        return any.setMinimumNumberShouldMatch(Math.min(count, words.clauses().size())).build();
    }

    /** Quotes about one of the quote's topics that also match {@code also}. */
    private Query sameTopic(List<TopicRef> quoteTopics, Query also) {
        QueryTranslator translator = queries.translator();
        BooleanQuery.Builder topics = new BooleanQuery.Builder();
        quoteTopics.stream()
                .map(topic -> translator.topic(topic.slug()))
                .filter(topic -> topic != null)
                .forEach(topic -> topics.add(topic, Occur.SHOULD));
        return new BooleanQuery.Builder().add(topics.build(), Occur.FILTER).add(also, Occur.MUST).build();
    }
}
