package org.interviewarchive.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Service;

/** "Find in this interview": the quotes of one interview that some words match, with the words marked in place. */
@Service
public class InterviewFind {

    private final SearchIndex index;
    private final SearchQueries queries;

    InterviewFind(SearchIndex index, SearchQueries queries) {
        this.index = index;
        this.queries = queries;
    }

    /** A quote's text and translation as HTML with the matches marked; the translation null when there is none. */
    public record Found(String text, String translation) {
    }

    /**
     * The quotes the words match, in reading order, each with its text and translation highlighted whole:
     * HTML-escaped, matches in {@code <mark>}. Same analysis as search; empty for no words.
     */
    public Map<String, Found> find(String interviewSlug, String words) {
        QueryTranslator translator = queries.translator();
        QueryText text = QueryText.parse(words);
        Query matching = translator.words(text);
        Query query = translator.query(text, SearchRequest.within(interviewSlug));
        if (matching == null || query == null) {
            return Map.of();
        }
        return index.withSearcher(searcher -> {
            TopDocs all = searcher.search(query, Math.max(1, searcher.count(query)),
                    SearchFields.READING_ORDER);
            Map<Integer, Document> read = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            int[] docs = new int[all.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = all.scoreDocs[i].doc;
                read.put(docs[i], stored.document(docs[i]));
            }
            String[] fields = {SearchFields.TEXT, SearchFields.TRANSLATION};
            Map<String, String[]> marked = Highlights.whole(searcher, index.analyzer(), read)
                    .highlightFields(fields, matching, docs, new int[] {1, 1});
            Map<String, Found> found = new LinkedHashMap<>();
            for (int i = 0; i < docs.length; i++) {
                Document doc = read.get(docs[i]);
                found.put(doc.get(SearchFields.ID), new Found(
                        Highlights.orEscaped(marked.get(SearchFields.TEXT)[i], doc.get(SearchFields.TEXT)),
                        Highlights.orEscaped(marked.get(SearchFields.TRANSLATION)[i], doc.get(SearchFields.TRANSLATION))));
            }
            return found;
        });
    }
}
