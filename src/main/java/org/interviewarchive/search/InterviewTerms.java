package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
    static final int CACHED_INTERVIEWS = 256;

    private final SearchIndex index;
    private final SearchQueries queries;
    /** Tags of the interviews read lately, each kept until that interview or the vocabulary changes. */
    private final Map<String, Tagged> tagged = new ConcurrentHashMap<>();

    InterviewTerms(SearchIndex index, SearchQueries queries) {
        this.index = index;
        this.queries = queries;
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
     * Tags each quote with the terms a {@code topic:} search finds it by, with the very query the search, the topic
     * pages and their counts use, so that a chip's count is what its filter, the topic's page and a search show.
     */
    private Map<String, List<TopicRef>> tag(String interviewSlug, TermMatcher vocabulary) {
        QueryTranslator translator = queries.translator(vocabulary);
        return index.withSearcher(searcher -> {
            int max = Math.max(1, searcher.getIndexReader().maxDoc());
            Query interview = new TermQuery(new Term(SearchFields.INTERVIEW, interviewSlug));
            Map<Integer, List<TopicRef>> byDoc = new HashMap<>();
            for (TopicTerm term : vocabulary.terms()) {
                Query topic = translator.topic(term.slug());
                if (topic == null) {
                    continue;
                }
                Query about = new BooleanQuery.Builder().add(interview, Occur.FILTER).add(topic, Occur.FILTER).build();
                for (ScoreDoc hit : searcher.search(about, max).scoreDocs) {
                    byDoc.computeIfAbsent(hit.doc, doc -> new ArrayList<>()).add(new TopicRef(term.slug(), term.label()));
                }
            }
            Map<String, List<TopicRef>> terms = new LinkedHashMap<>();
            for (ScoreDoc hit : searcher.search(interview, max, SearchFields.READING_ORDER).scoreDocs) {
                terms.put(searcher.storedFields().document(hit.doc).get(SearchFields.ID),
                        List.copyOf(byDoc.getOrDefault(hit.doc, List.of())));
            }
            return Collections.unmodifiableMap(terms);
        });
    }
}
