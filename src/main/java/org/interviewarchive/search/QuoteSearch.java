package org.interviewarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
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

    QuoteSearch(SearchIndex index, SearchQueries queries, MeaningSearch meaning, TopicTermCounts termCounts) {
        this.index = index;
        this.queries = queries;
        this.meaning = meaning;
        this.termCounts = termCounts;
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
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, matching, wanted, sort, true, new FacetsCollectorManager());
            FacetsCollector collector = result.facetsCollector();
            long total = collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            ScoreDoc[] page = pageOf(ranked(searcher, query, result.topDocs(), nearest, mode, sort, wanted), request);
            return new SearchResults(request.q(), total, request.page(), request.size(),
                    hits(searcher, words, page, query, nearest), facets(searcher, collector, translator, vocabulary),
                    sort != order);
        });
    }

    /** The facet counts alone of every quote matching a search, for pages that show who or what it is about. */
    public SearchResults.Facets facets(SearchRequest request) {
        TermMatcher vocabulary = queries.vocabulary();
        QueryTranslator translator = queries.translator(vocabulary);
        Query query = translator.query(QueryText.parse(request.q()), request);
        if (query == null) {
            return SearchResults.Facets.NONE;
        }
        return index.withSearcher(searcher -> facets(searcher, searcher.search(query, new FacetsCollectorManager()),
                translator, vocabulary));
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
        List<Document> docs = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) {
            docs.add(searcher.storedFields().document(hit.doc));
        }
        String[][] highlights = highlights(searcher, words, page, docs);
        Set<Integer> byMeaning = nearest.docs();
        byMeaning.removeAll(MeaningSearch.matching(searcher, keyword, byMeaning));
        List<SearchResults.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            QuoteDetail quote = QuoteDocuments.toQuote(docs.get(i));
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

    /** Highlights of the text and of the translation for each hit: short quotes whole, long ones by passages. */
    private String[][] highlights(IndexSearcher searcher, Query words, ScoreDoc[] page, List<Document> docs)
            throws IOException {
        String[] fields = {SearchFields.TEXT, SearchFields.TRANSLATION};
        String[][] highlights = new String[2][page.length];
        if (words != null) {
            UnifiedHighlighter whole = Highlights.whole(searcher, index.analyzer());
            UnifiedHighlighter passages = Highlights.passages(searcher, index.analyzer());
            for (int i = 0; i < page.length; i++) {
                boolean isShort = docs.get(i).get(SearchFields.TEXT).length() <= Highlights.WHOLE_QUOTE_LENGTH;
                Map<String, String[]> found = (isShort ? whole : passages).highlightFields(
                        fields, words, new int[] {page[i].doc}, new int[] {PASSAGES, PASSAGES});
                highlights[0][i] = found.get(SearchFields.TEXT)[0];
                highlights[1][i] = found.get(SearchFields.TRANSLATION)[0];
            }
        }
        for (int i = 0; i < page.length; i++) {
            for (int f = 0; f < fields.length; f++) {
                String stored = docs.get(i).get(fields[f]);
                if (highlights[f][i] == null && stored != null) {
                    highlights[f][i] = Highlights.escapedBeginning(stored);
                }
            }
        }
        return highlights;
    }

    private SearchResults.Facets facets(IndexSearcher searcher, FacetsCollector collector,
            QueryTranslator translator, TermMatcher vocabulary) throws IOException {
        List<SearchResults.FacetValue> topics = new ArrayList<>(Facets.count(index, searcher, collector, Dimension.TOPIC));
        // Terms are matched at query time, so their counts are counts of hits that also match the term.
        topics.addAll(termCounts.count(searcher, collector, translator, vocabulary));
        topics.sort(Comparator.comparingLong(SearchResults.FacetValue::count).reversed());
        return new SearchResults.Facets(
                Facets.count(index, searcher, collector, Dimension.SPEAKER),
                Facets.count(index, searcher, collector, Dimension.INTERVIEW),
                topics,
                Facets.count(index, searcher, collector, Dimension.KIND));
    }
}
