package org.interviewarchive.search;

import java.io.IOException;
import java.io.StringReader;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.Speaker;
import org.interviewarchive.speaker.SpeakerService;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/** Full-text search over quotes, with filters, facets over all hits, highlights, and related quotes. */
@Service
public class SearchService {

    /** Quotes up to this long are shown whole; longer ones by their best passages. */
    static final int WHOLE_QUOTE_LENGTH = 220;
    private static final int PASSAGES = 2;
    private static final int KEY_TERMS = 10;
    private static final Sort READING_ORDER = new Sort(
            new SortField(SearchFields.DATE, SortField.Type.LONG, true),
            new SortField(SearchFields.INTERVIEW, SortField.Type.STRING),
            new SortField(SearchFields.POSITION, SortField.Type.LONG));
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchFields.DATE, SortField.Type.LONG, true),
            new SortField(SearchFields.INTERVIEW, SortField.Type.STRING),
            new SortField(SearchFields.POSITION, SortField.Type.LONG));

    private final SearchIndex index;
    private final SpeakerService speakers;
    private final List<TopicVocabulary> vocabularies;
    /** The vocabulary as last analysed; analysed again only when the vocabulary changes. */
    private final AtomicReference<TermMatcher> matcher = new AtomicReference<>();
    private final AtomicReference<KeyTermsAt> keyTerms = new AtomicReference<>();
    private final AtomicReference<TopicsAt> topics = new AtomicReference<>();

    SearchService(SearchIndex index, SpeakerService speakers, List<TopicVocabulary> vocabularies) {
        this.index = index;
        this.speakers = speakers;
        this.vocabularies = vocabularies;
    }

    public SearchResults search(SearchRequest request) {
        QueryText text = QueryText.parse(request.q());
        TermMatcher vocabulary = vocabulary();
        QueryTranslator translator = translator(vocabulary);
        Query query = translator.query(text, request);
        if (query == null) {
            return SearchResults.empty(request);
        }
        Query words = translator.words(text);
        Sort sort = words == null || request.sort() == SearchRequest.Sort.DATE ? READING_ORDER : RELEVANCE;
        int wanted = request.page() * request.size();
        return index.withSearcher(searcher -> {
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, query, wanted, sort, true, new FacetsCollectorManager());
            FacetsCollector collector = result.facetsCollector();
            long total = collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            ScoreDoc[] page = pageOf(result.topDocs().scoreDocs, request);
            return new SearchResults(request.q(), total, request.page(), request.size(),
                    hits(searcher, words, page), facets(searcher, collector, query, translator, vocabulary));
        });
    }

    /** How many quotes each topic has and in which interviews, for the given topic slugs. */
    public List<TopicUsage> usage(List<String> topicSlugs) {
        QueryTranslator translator = translator(vocabulary());
        return index.withSearcher(searcher -> {
            List<TopicUsage> usage = new ArrayList<>();
            for (String slug : topicSlugs) {
                Query topic = translator.topic(slug);
                if (topic == null) {
                    continue;
                }
                FacetsCollector collector = searcher.search(topic, new FacetsCollectorManager());
                long quotes = collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
                List<String> interviews = facet(searcher, collector, SearchFields.INTERVIEW).stream()
                        .map(SearchResults.FacetValue::value).toList();
                usage.add(new TopicUsage(slug, quotes, interviews));
            }
            return usage;
        });
    }

    /** Each quote of an interview with the topics it is tagged with: its section, and the terms its text contains. */
    public Map<String, List<TopicRef>> topicsOf(String interviewSlug) {
        long revision = index.revision();
        TermMatcher vocabulary = vocabulary();
        // Tagging analyses every quote of the interview: done once per index revision and vocabulary, not per page view.
        TopicsAt current = topics.updateAndGet(cached -> cached != null && cached.revision() == revision
                && cached.vocabulary() == vocabulary ? cached : new TopicsAt(revision, vocabulary, new ConcurrentHashMap<>()));
        return current.byInterview().computeIfAbsent(interviewSlug, slug -> tag(slug, vocabulary));
    }

    private record TopicsAt(long revision, TermMatcher vocabulary, Map<String, Map<String, List<TopicRef>>> byInterview) {
    }

    private Map<String, List<TopicRef>> tag(String interviewSlug, TermMatcher vocabulary) {
        return index.withSearcher(searcher -> {
            Map<String, List<TopicRef>> tagged = new LinkedHashMap<>();
            Map<String, TopicRef> sections = new HashMap<>();
            TopDocs all = searcher.search(new TermQuery(new Term(SearchFields.INTERVIEW, interviewSlug)),
                    Math.max(1, searcher.getIndexReader().maxDoc()), READING_ORDER);
            for (ScoreDoc hit : all.scoreDocs) {
                QuoteView quote = QuoteDocuments.toQuote(searcher.storedFields().document(hit.doc)).quote();
                List<TopicRef> tags = new ArrayList<>();
                if (quote.section() != null) {
                    tags.add(sections.computeIfAbsent(quote.section(),
                            title -> new TopicRef(TopicVocabulary.sectionSlug(title), title)));
                }
                vocabulary.tagsOf(quote.text(), quote.translation())
                        .forEach(term -> tags.add(new TopicRef(term.slug(), term.label())));
                tagged.put(quote.id(), List.copyOf(tags));
            }
            return Collections.unmodifiableMap(tagged);
        });
    }

    /**
     * The quotes of one interview that the words match, in reading order, each with its text and translation
     * highlighted whole: HTML-escaped, matches in {@code <mark>}. Same analysis as search; empty for no words.
     */
    public Map<String, Found> findIn(String interviewSlug, String words) {
        TermMatcher vocabulary = vocabulary();
        QueryTranslator translator = translator(vocabulary);
        QueryText text = QueryText.parse(words);
        Query matching = translator.words(text);
        Query query = translator.query(text, new SearchRequest("", null, List.of(interviewSlug), null, null, 1, 1, null));
        if (matching == null || query == null) {
            return Map.of();
        }
        return index.withSearcher(searcher -> {
            TopDocs all = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()), READING_ORDER);
            UnifiedHighlighter whole = highlighter(searcher, WholeBreakIterator::new);
            String[] fields = {SearchFields.TEXT, SearchFields.TRANSLATION};
            Map<String, Found> found = new LinkedHashMap<>();
            for (ScoreDoc hit : all.scoreDocs) {
                Map<String, String[]> marked = whole.highlightFields(fields, matching, new int[] {hit.doc},
                        new int[] {1, 1});
                Document doc = searcher.storedFields().document(hit.doc);
                found.put(doc.get(SearchFields.ID), new Found(
                        marked(marked.get(SearchFields.TEXT)[0], doc.get(SearchFields.TEXT)),
                        marked(marked.get(SearchFields.TRANSLATION)[0], doc.get(SearchFields.TRANSLATION))));
            }
            return found;
        });
    }

    /** A quote's text and translation as HTML with the matches marked; the translation null when there is none. */
    public record Found(String text, String translation) {
    }

    private static String marked(String highlighted, String stored) {
        if (stored == null) {
            return null;
        }
        return highlighted != null ? highlighted : HtmlUtils.htmlEscape(stored, "UTF-8");
    }

    /** Each interview's ten most distinctive words against the whole archive, computed once per index revision. */
    public List<String> keyTerms(String interviewSlug) {
        long revision = index.revision();
        KeyTermsAt cached = keyTerms.get();
        if (cached == null || cached.revision() != revision) {
            TermMatcher tokens = vocabulary();
            Set<String> names = speakers.knownNames().stream().flatMap(name -> tokens.tokens(name).stream())
                    .collect(Collectors.toSet());
            cached = new KeyTermsAt(revision, new KeyTerms(index.analyzer(), names).of(textsByInterview(), KEY_TERMS));
            keyTerms.set(cached);
        }
        return cached.terms().getOrDefault(interviewSlug, List.of());
    }

    private record KeyTermsAt(long revision, Map<String, List<String>> terms) {
    }

    private Map<String, List<String>> textsByInterview() {
        return index.withSearcher(searcher -> {
            Map<String, List<String>> texts = new HashMap<>();
            for (ScoreDoc hit : searcher.search(MatchAllDocsQuery.INSTANCE, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                texts.computeIfAbsent(doc.get(SearchFields.INTERVIEW), key -> new ArrayList<>()).add(doc.get(SearchFields.TEXT));
            }
            return texts;
        });
    }

    /** Every quote matching the filters, in reading order, without paging: for pages that list a whole topic. */
    public List<QuoteDetail> all(SearchRequest filters) {
        Query query = translator(vocabulary()).query(QueryText.parse(filters.q()), filters);
        if (query == null) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            List<QuoteDetail> quotes = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()), READING_ORDER).scoreDocs) {
                quotes.add(QuoteDocuments.toQuote(searcher.storedFields().document(hit.doc)));
            }
            return quotes;
        });
    }

    /** The quotes most like this one from other interviews, best first. */
    public List<QuoteDetail> related(String quoteId, int max) {
        return index.withSearcher(searcher -> {
            TopDocs own = searcher.search(new TermQuery(new Term(SearchFields.ID, quoteId)), 1);
            if (own.scoreDocs.length == 0) {
                return List.of();
            }
            Document quote = searcher.storedFields().document(own.scoreDocs[0].doc);
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

    private QueryTranslator translator(TermMatcher vocabulary) {
        return new QueryTranslator(index.analyzer(),
                value -> speakers.findByAnyName(value).map(Speaker::getSlug).orElse(value),
                vocabulary);
    }

    private TermMatcher vocabulary() {
        List<TopicVocabulary.Term> terms = vocabularies.stream().flatMap(v -> v.terms().stream()).toList();
        return matcher.updateAndGet(current -> current != null && current.terms().equals(terms)
                ? current
                : new TermMatcher(terms, index.analyzer()));
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] top, SearchRequest request) {
        int from = Math.min(top.length, (request.page() - 1) * request.size());
        ScoreDoc[] page = new ScoreDoc[top.length - from];
        System.arraycopy(top, from, page, 0, page.length);
        return page;
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query words, ScoreDoc[] page) throws IOException {
        List<Document> docs = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) {
            docs.add(searcher.storedFields().document(hit.doc));
        }
        String[][] highlights = highlights(searcher, words, page, docs);
        List<SearchResults.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            QuoteDetail quote = QuoteDocuments.toQuote(docs.get(i));
            float score = Float.isNaN(page[i].score) ? 0 : page[i].score;
            hits.add(new SearchResults.Hit(quote, quote.interview(), highlights[0][i], highlights[1][i], score));
        }
        return hits;
    }

    /** Highlights of the text and of the translation for each hit: short quotes whole, long ones by passages. */
    private String[][] highlights(IndexSearcher searcher, Query words, ScoreDoc[] page, List<Document> docs)
            throws IOException {
        String[] fields = {SearchFields.TEXT, SearchFields.TRANSLATION};
        String[][] highlights = new String[2][page.length];
        if (words != null) {
            UnifiedHighlighter whole = highlighter(searcher, WholeBreakIterator::new);
            UnifiedHighlighter passages = highlighter(searcher, () -> BreakIterator.getSentenceInstance(Locale.CHINESE));
            for (int i = 0; i < page.length; i++) {
                boolean isShort = docs.get(i).get(SearchFields.TEXT).length() <= WHOLE_QUOTE_LENGTH;
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
                    highlights[f][i] = HtmlUtils.htmlEscape(shortened(stored), "UTF-8");
                }
            }
        }
        return highlights;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, Supplier<BreakIterator> breaks) {
        return UnifiedHighlighter.builder(searcher, index.analyzer())
                .withBreakIterator(breaks)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true)
                .build();
    }

    private static String shortened(String text) {
        return text.length() <= WHOLE_QUOTE_LENGTH ? text : text.substring(0, WHOLE_QUOTE_LENGTH) + "…";
    }

    private static SearchResults.Facets facets(IndexSearcher searcher, FacetsCollector collector, Query query,
            QueryTranslator translator, TermMatcher vocabulary) throws IOException {
        List<SearchResults.FacetValue> topics = new ArrayList<>(facet(searcher, collector, SearchFields.TOPIC));
        // Terms are matched at query time, so their counts are counts of hits that also match the term.
        for (TopicVocabulary.Term term : vocabulary.terms()) {
            Query topic = translator.topic(term.slug());
            if (topic != null) {
                int count = searcher.count(new BooleanQuery.Builder()
                        .add(query, Occur.FILTER).add(topic, Occur.FILTER).build());
                if (count > 0) {
                    topics.add(new SearchResults.FacetValue(term.slug(), term.label(), count));
                }
            }
        }
        topics.sort(Comparator.comparingLong(SearchResults.FacetValue::count).reversed());
        return new SearchResults.Facets(
                facet(searcher, collector, SearchFields.SPEAKER),
                facet(searcher, collector, SearchFields.INTERVIEW),
                topics,
                facet(searcher, collector, SearchFields.KIND));
    }

    private static List<SearchResults.FacetValue> facet(IndexSearcher searcher, FacetsCollector collector,
            String dimension) throws IOException {
        String field = SearchFields.facet(dimension);
        StringValueFacetCounts counts = new StringValueFacetCounts(
                new StringDocValuesReaderState(searcher.getIndexReader(), field), collector);
        FacetResult result = counts.getTopChildren(Integer.MAX_VALUE, field);
        List<SearchResults.FacetValue> values = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue entry : result.labelValues) {
                int separator = entry.label.indexOf(SearchFields.SEPARATOR);
                values.add(new SearchResults.FacetValue(entry.label.substring(0, separator),
                        entry.label.substring(separator + 1), entry.value.longValue()));
            }
        }
        return values;
    }
}
