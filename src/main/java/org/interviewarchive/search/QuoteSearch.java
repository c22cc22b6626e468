package org.interviewarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.interviewarchive.quote.QuoteDetail;
import org.springframework.stereotype.Service;

/**
 * Searches quotes: hits for the search page and the API, with highlights and facet counts over all hits, and the
 * quotes matching some filters a page at a time, for pages that list a whole topic or speaker.
 */
@Service
public class QuoteSearch {

    private static final int PASSAGES = 2;
    private static final Sort RELEVANCE = SearchFields.relevanceThen(SearchFields.READING_ORDER);

    private final SearchIndex index;
    private final SearchQueries queries;
    private final MeaningSearch meaning;
    private final TopicTermCounts termCounts;
    private final FacetOrdinals ordinals;
    private final RecentCounts recent = new RecentCounts();

    QuoteSearch(SearchIndex index, SearchQueries queries, MeaningSearch meaning, TopicTermCounts termCounts,
            FacetOrdinals ordinals) {
        this.index = index;
        this.queries = queries;
        this.meaning = meaning;
        this.termCounts = termCounts;
        this.ordinals = ordinals;
    }

    /** Whether searches can find quotes by meaning as well as by words. */
    public boolean meaningAvailable() {
        return meaning.available();
    }

    public SearchResults search(SearchRequest request) {
        return search(request, SearchMode.HYBRID);
    }

    public SearchResults search(SearchRequest request, SearchMode mode) {
        QueryText text = QueryText.parse(request.q());
        TermMatcher vocabulary = queries.vocabulary();
        QueryTranslator translator = queries.translator(vocabulary);
        Query query = translator.query(text, request);
        if (query == null) {
            return SearchResults.empty(request);
        }
        Query words = translator.words(text);
        Sort order = words == null || request.sort() == SearchRequest.Sort.DATE ? SearchFields.READING_ORDER : RELEVANCE;
        Sort sort = request.speakers().isEmpty() && !text.asksForSpeaker() ? order : SearchFields.ownWordsFirst(order);
        int wanted = request.page() * request.size();
        return index.withSearcher(searcher -> {
            Nearest nearest = meaning.nearest(searcher, request.q(),
                    translator.query(QueryText.parse(""), request), mode);
            Query matching = nearest.widen(query, mode);
            CountedSearch asked = new CountedSearch(matching, vocabulary, filterValues(request));
            RecentCounts.Counted counted = recent.get(searcher, asked);
            if (counted == null) {
                counted = counted(searcher, searcher.search(matching, new HitCounts(ordinals.of(searcher))),
                        translator, vocabulary, request);
                recent.put(searcher, asked, counted);
            }
            // Apart from the counts, which visit every hit without scoring it, so that the page's ranking can skip
            // what cannot make the page: low scores, or quotes older than the page's last when sorted by date.
            TopDocs top = searcher.search(matching, wanted, sort, true);
            ScoreDoc[] page = pageOf(ranked(searcher, query, top, nearest, mode, sort, wanted), request);
            return new SearchResults(request.q(), counted.total(), request.page(), request.size(),
                    hits(searcher, words, page, query, nearest), counted.facets(), sort != order);
        });
    }

    /** What a search's counts depend on: the quotes it matches, the vocabulary, and the values it is filtered on. */
    private record CountedSearch(Query matching, TermMatcher vocabulary, List<List<String>> filterValues) {
    }

    private static List<List<String>> filterValues(SearchRequest request) {
        return Arrays.stream(Dimension.values()).map(request::values).toList();
    }

    /** The facet counts alone of every quote matching a search, for pages that show who or what it is about. */
    public SearchResults.Facets facets(SearchRequest request) {
        TermMatcher vocabulary = queries.vocabulary();
        QueryTranslator translator = queries.translator(vocabulary);
        Query query = translator.query(QueryText.parse(request.q()), request);
        if (query == null) {
            return SearchResults.Facets.NONE;
        }
        CountedSearch asked = new CountedSearch(query, vocabulary, filterValues(request));
        return index.withSearcher(searcher -> {
            RecentCounts.Counted counted = recent.get(searcher, asked);
            if (counted == null) {
                counted = counted(searcher, searcher.search(query, new HitCounts(ordinals.of(searcher))), translator,
                        vocabulary, request);
                recent.put(searcher, asked, counted);
            }
            return counted.facets();
        });
    }

    /**
     * One page of the quotes matching the filters, in reading order, a speaker's own words first when the filters name
     * speakers: for pages that list a whole topic or speaker. Only the page's quotes are read; a page beyond the last
     * is the last.
     */
    public QuoteListPage page(SearchRequest filters, int page, int size) {
        Query query = queries.translator().query(QueryText.parse(filters.q()), filters);
        if (query == null) {
            return new QuoteListPage(0, 1, size, List.of());
        }
        Sort sort = filters.speakers().isEmpty() ? SearchFields.READING_ORDER
                : SearchFields.ownWordsFirst(SearchFields.READING_ORDER);
        return index.withSearcher(searcher -> {
            int total = searcher.count(query);
            int shown = Math.clamp(page, 1, Math.max(1, (int) ((total + (long) size - 1) / size)));
            int from = (shown - 1) * size;
            List<QuoteDetail> quotes = new ArrayList<>(size);
            if (total > from) {
                ScoreDoc[] top = searcher.search(query, Math.min(total, from + size), sort).scoreDocs;
                for (int i = from; i < top.length; i++) {
                    quotes.add(QuoteDocuments.toQuote(searcher.storedFields().document(top[i].doc)));
                }
            }
            return new QuoteListPage(total, shown, size, quotes);
        });
    }

    /** By relevance, the keyword hits and the nearest in meaning fused; otherwise the order the search sorted in. */
    private static ScoreDoc[] ranked(IndexSearcher searcher, Query keyword, TopDocs sorted, Nearest nearest,
            SearchMode mode, Sort sort, int wanted) throws IOException {
        if (nearest.isEmpty() || sort != RELEVANCE || mode == SearchMode.KEYWORD) {
            return sorted.scoreDocs;
        }
        ScoreDoc[] ranked = mode == SearchMode.MEANING ? nearest.top().scoreDocs
                : nearest.fuse(searcher.search(keyword, wanted + MeaningSearch.CANDIDATES, RELEVANCE),
                        MeaningSearch.RANK_CONSTANT);
        return Arrays.copyOf(ranked, Math.min(wanted, ranked.length));
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] top, SearchRequest request) {
        int from = Math.min(top.length, (request.page() - 1) * request.size());
        ScoreDoc[] page = new ScoreDoc[top.length - from];
        System.arraycopy(top, from, page, 0, page.length);
        return page;
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query words, ScoreDoc[] page, Query keyword,
            Nearest nearest) throws IOException {
        Map<Integer, Document> read = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : page) {
            read.put(hit.doc, stored.document(hit.doc));
        }
        String[][] highlights = highlights(searcher, words, page, read);
        Set<Integer> byMeaning = nearest.docs();
        byMeaning.removeAll(MeaningSearch.matching(searcher, keyword, byMeaning));
        List<SearchResults.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            QuoteDetail quote = QuoteDocuments.toQuote(read.get(page[i].doc));
            float score = Float.isNaN(page[i].score) ? 0 : page[i].score;
            boolean similar = byMeaning.contains(page[i].doc);
            String highlight = similar
                    ? MeaningHighlights.best(meaning, nearest.vector(), quote.quote().text())
                    : highlights[0][i];
            hits.add(new SearchResults.Hit(quote, quote.interview(),
                    QuoteDocuments.date(searcher, page[i].doc), highlight, highlights[1][i], score, similar));
        }
        return hits;
    }

    /**
     * Highlights of the text and of the translation for each hit: short quotes whole, long ones by their best
     * passages, each kind in one pass over the page.
     */
    private String[][] highlights(IndexSearcher searcher, Query words, ScoreDoc[] page, Map<Integer, Document> read)
            throws IOException {
        String[] fields = {SearchFields.TEXT, SearchFields.TRANSLATION};
        String[][] highlights = new String[2][page.length];
        if (words != null) {
            List<Integer> whole = new ArrayList<>();
            List<Integer> passages = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                boolean isShort = read.get(page[i].doc).get(SearchFields.TEXT).length() <= Highlights.WHOLE_QUOTE_LENGTH;
                (isShort ? whole : passages).add(i);
            }
            highlight(Highlights.whole(searcher, index.analyzer(), read), fields, words, page, whole, highlights);
            highlight(Highlights.passages(searcher, index.analyzer(), read), fields, words, page, passages, highlights);
        }
        for (int i = 0; i < page.length; i++) {
            for (int f = 0; f < fields.length; f++) {
                String stored = read.get(page[i].doc).get(fields[f]);
                if (highlights[f][i] == null && stored != null) {
                    highlights[f][i] = Highlights.escapedBeginning(stored);
                }
            }
        }
        return highlights;
    }

    private static void highlight(UnifiedHighlighter highlighter, String[] fields, Query words, ScoreDoc[] page,
            List<Integer> hits, String[][] highlights) throws IOException {
        if (hits.isEmpty()) {
            return;
        }
        int[] docs = hits.stream().mapToInt(i -> page[i].doc).toArray();
        int[] passages = new int[fields.length];
        Arrays.fill(passages, PASSAGES);
        Map<String, String[]> found = highlighter.highlightFields(fields, words, docs, passages);
        for (int h = 0; h < hits.size(); h++) {
            for (int f = 0; f < fields.length; f++) {
                highlights[f][hits.get(h)] = found.get(fields[f])[h];
            }
        }
    }

    private RecentCounts.Counted counted(IndexSearcher searcher, HitCounts.Counted hits, QueryTranslator translator,
            TermMatcher vocabulary, SearchRequest request) throws IOException {
        return new RecentCounts.Counted(hits.total(), facets(searcher, hits, translator, vocabulary, request));
    }

    /** The facets of the hits: each dimension's commonest values, and the values the search is filtered on. */
    private SearchResults.Facets facets(IndexSearcher searcher, HitCounts.Counted hits, QueryTranslator translator,
            TermMatcher vocabulary, SearchRequest request) throws IOException {
        List<SearchResults.FacetValue> topics = new ArrayList<>(hits.of(Dimension.TOPIC));
        // Terms are matched at query time, so their counts are counts of hits that also match the term.
        topics.addAll(termCounts.count(searcher, hits.hits(), translator, vocabulary));
        topics.sort(Comparator.comparingLong(SearchResults.FacetValue::count).reversed());
        return new SearchResults.Facets(
                Facets.shown(hits.of(Dimension.SPEAKER), request.speakers()),
                Facets.shown(hits.of(Dimension.INTERVIEW), request.interviews()),
                Facets.shown(topics, request.topics()),
                Facets.shown(hits.of(Dimension.KIND), request.kinds()));
    }
}
