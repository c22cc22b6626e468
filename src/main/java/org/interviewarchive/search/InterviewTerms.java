package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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

    private Map<String, List<TopicRef>> tag(String interviewSlug, TermMatcher vocabulary) {
        return index.withSearcher(searcher -> {
            Map<String, List<TopicRef>> terms = new LinkedHashMap<>();
            TopDocs all = searcher.search(new TermQuery(new Term(SearchFields.INTERVIEW, interviewSlug)),
                    Math.max(1, searcher.getIndexReader().maxDoc()), SearchFields.READING_ORDER);
            for (ScoreDoc hit : all.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                List<TopicRef> tags = new ArrayList<>();
                vocabulary.tagsOf(doc.get(SearchFields.TEXT), doc.get(SearchFields.TRANSLATION))
                        .forEach(term -> tags.add(new TopicRef(term.slug(), term.label())));
                terms.put(doc.get(SearchFields.ID), List.copyOf(tags));
            }
            return Collections.unmodifiableMap(terms);
        });
    }
}
