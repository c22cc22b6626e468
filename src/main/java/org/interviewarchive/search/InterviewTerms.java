package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;
import org.interviewarchive.topic.TopicTerm;
import org.springframework.stereotype.Service;

/**
 * The vocabulary's terms each quote of an interview talks about, for the reading view's chips, tags and topic filter.
 * Tagging analyses every quote of the interview, so it is done once per change to that interview or the vocabulary,
 * not per view, and not again for every interview when another one changes.
 */
@Service
public class InterviewTerms {

    /** How many interviews' tags are kept at most, so that the cache never grows with the archive. */
    private static final int CACHED_INTERVIEWS = 256;

    private final SearchIndex index;
    private final SearchQueries queries;
    private final TopicTermCounts termCounts;
    /** Tags of the interviews read lately, each kept until that interview or the vocabulary changes. */
    private final Map<String, Tagged> tagged = new ConcurrentHashMap<>();

    InterviewTerms(SearchIndex index, SearchQueries queries, TopicTermCounts termCounts) {
        this.index = index;
        this.queries = queries;
        this.termCounts = termCounts;
    }

    /** Each quote's terms by quote id, in reading order; quotes about no term have an empty list. */
    public Map<String, List<TopicRef>> of(String interviewSlug) {
        long version = index.versionOf(interviewSlug);
        TermMatcher vocabulary = queries.vocabulary();
        if (tagged.size() >= CACHED_INTERVIEWS && !tagged.containsKey(interviewSlug)) {
            tagged.clear();
        }
        // One reader tags the interview while the others asking for it wait; other interviews are not held up.
        return tagged.compute(interviewSlug, (slug, cached) -> cached != null && cached.version() == version
                && cached.vocabulary() == vocabulary ? cached : new Tagged(version, vocabulary, tag(slug, vocabulary)))
                .byQuote();
    }

    private record Tagged(long version, TermMatcher vocabulary, Map<String, List<TopicRef>> byQuote) {
    }

    /**
     * Tags each quote with the terms a {@code topic:} search finds it by: the documents mentioning each term are the very
     * sets the search counts its topic facets with, so that a chip's count is what its filter, the topic's page and a
     * search show, and tagging reads only the interview's own quotes.
     */
    private Map<String, List<TopicRef>> tag(String interviewSlug, TermMatcher vocabulary) {
        QueryTranslator translator = queries.translator(vocabulary);
        List<TopicTerm> vocabularyTerms = vocabulary.terms();
        return index.withSearcher(searcher -> {
            Query interview = new TermQuery(new Term(SearchFields.INTERVIEW, interviewSlug));
            TopDocs quotes = searcher.search(interview, Math.max(1, searcher.count(interview)), SearchFields.READING_ORDER);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            StoredFields stored = searcher.storedFields();
            Map<String, List<TopicRef>> terms = new LinkedHashMap<>();
            for (ScoreDoc hit : quotes.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                FixedBitSet[] mentions = termCounts.mentions(searcher, leaf, translator, vocabulary);
                List<TopicRef> about = new ArrayList<>();
                for (int t = 0; t < vocabularyTerms.size(); t++) {
                    if (mentions[t] != null && mentions[t].get(hit.doc - leaf.docBase)) {
                        about.add(new TopicRef(vocabularyTerms.get(t).slug(), vocabularyTerms.get(t).label()));
                    }
                }
                terms.put(stored.document(hit.doc, Set.of(SearchFields.ID)).get(SearchFields.ID), List.copyOf(about));
            }
            return Collections.unmodifiableMap(terms);
        });
    }
}
