package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Service;

/**
 * The vocabulary's terms each quote of an interview talks about, for the reading view's chips, tags and topic filter.
 * Tagging analyses every quote of the interview, so it is done once per index revision and vocabulary, not per view.
 */
@Service
public class InterviewTerms {

    private final SearchIndex index;
    private final SearchQueries queries;
    private final AtomicReference<TaggedAt> tagged = new AtomicReference<>();

    InterviewTerms(SearchIndex index, SearchQueries queries) {
        this.index = index;
        this.queries = queries;
    }

    /** Each quote's terms by quote id, in reading order; quotes about no term have an empty list. */
    public Map<String, List<TopicRef>> of(String interviewSlug) {
        long revision = index.revision();
        TermMatcher vocabulary = queries.vocabulary();
        TaggedAt current = tagged.updateAndGet(cached -> cached != null && cached.revision() == revision
                && cached.vocabulary() == vocabulary ? cached : new TaggedAt(revision, vocabulary, new ConcurrentHashMap<>()));
        return current.byInterview().computeIfAbsent(interviewSlug, slug -> tag(slug, vocabulary));
    }

    private record TaggedAt(long revision, TermMatcher vocabulary, Map<String, Map<String, List<TopicRef>>> byInterview) {
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
