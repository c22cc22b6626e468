package org.interviewarchive.reading.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.reading.ReadingPages;
import org.interviewarchive.reading.cite.CitationDownloads;
import org.interviewarchive.search.Dimension;
import org.interviewarchive.search.QueryLimits;
import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchMode;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.search.SearchResults;
import org.interviewarchive.web.PageMeta;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search}: the reader's search, with highlights, facets, filters and pages; never an error page. */
@Controller
class SearchPageController {

    /** Titles longer than this are cut on a hit, where the date and title share one line. */
    private static final int SHORT_TITLE = 28;

    private final QuoteSearch search;
    private final MessageSource messages;

    SearchPageController(QuoteSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping(SearchLinks.PATH)
    String search(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
        SearchRequest request = SearchRequest.of(parameters);
        SearchMode mode = SearchMode.of(parameters.getFirst("mode"));
        SearchResults results = search.search(request, mode);
        model.addAttribute("view", page(request, mode, results, search.meaningAvailable()));
        model.addAttribute("searchQuery", request.q());
        model.addAttribute(CitationDownloads.SEARCH_ATTRIBUTE, CitationDownloads.ofSearch(SearchLinks.PATH, parameters));
        if (QueryLimits.exceeded(parameters).isPresent()) {
            model.addAttribute("queryTooLarge", messages.getMessage("search.tooLarge", new Object[] {
                    QueryLimits.MAX_LENGTH, QueryLimits.MAX_PARTS, QueryLimits.MAX_FILTERS}, locale));
        }
        String title = request.q().isEmpty() ? messages.getMessage("search.title", null, locale)
                : messages.getMessage("search.titleFor", new Object[] {request.q()}, locale);
        model.addAttribute("title", title);
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(title, null, SearchLinks.PATH));
        return "search";
    }

    private static SearchPage page(SearchRequest request, SearchMode mode, SearchResults results, boolean meaning) {
        SearchLinks links = new SearchLinks(request, mode);
        List<SearchPage.Hit> hits = new ArrayList<>();
        String group = null;
        for (SearchResults.Hit hit : results.hits()) {
            String its = groupOf(hit.quote().quote().kind());
            hits.add(hit(hit, results.ownWordsFirst() && !its.equals(group) ? its : null));
            group = its;
        }
        List<SearchPage.Facet> facets = Stream.of(Dimension.values())
                .map(dimension -> new SearchPage.Facet(dimension.parameter(),
                        facetLinks(dimension, results.facets().of(dimension), links)))
                .filter(facet -> !facet.values().isEmpty())
                .toList();
        List<SearchPage.ActiveFilter> filters = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            Map<String, String> labels = results.facets().of(dimension).stream()
                    .collect(Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::label, (a, b) -> a));
            for (String value : links.values(dimension)) {
                filters.add(new SearchPage.ActiveFilter(dimension.parameter(), labels.getOrDefault(value, value),
                        links.removing(dimension, value)));
            }
        }
        int pages = results.pages();
        boolean asked = !request.q().isEmpty() || request.hasFilters();
        return new SearchPage(request.q(), asked, results.total(), request.page(), pages, hits, facets, filters,
                request.page() > 1 ? links.page(request.page() - 1) : null,
                request.page() < pages ? links.page(request.page() + 1) : null,
                Stream.of(SearchRequest.Sort.values())
                        .map(sort -> new SearchPage.SortOption(sort.param(), links.sortedBy(sort), sort == request.sort()))
                        .toList(),
                request.hasFilters() && !request.q().isEmpty() ? links.withoutFilters() : null,
                request.hasFilters() && !request.q().isEmpty() ? links.withoutWords() : null,
                meaning ? Stream.of(SearchMode.values())
                        .map(option -> new SearchPage.ModeOption(option.param(), links.inMode(option), option == mode))
                        .toList() : List.of());
    }

    private static String shortTitle(String title) {
        return title == null || title.codePointCount(0, title.length()) <= SHORT_TITLE ? title
                : title.substring(0, title.offsetByCodePoints(0, SHORT_TITLE - 1)) + "…";
    }

    /** Which group of a speaker's hits a quote falls in: their own words, or others' retellings, or notes. */
    private static String groupOf(QuoteKind kind) {
        return kind.ownWords() ? "own" : kind.name();
    }

    private static SearchPage.Hit hit(SearchResults.Hit hit, String group) {
        QuoteDetail detail = hit.quote();
        var quote = detail.quote();
        String interviewUrl = "/interviews/" + detail.interview().slug();
        return new SearchPage.Hit(quote.id(),
                quote.speaker() == null ? null : quote.speaker().name(),
                quote.speaker() == null ? null : "/speakers/" + quote.speaker().slug(),
                quote.kind(), detail.interview().title(), interviewUrl, quote.section(),
                hit.highlight(), quote.lang(), quote.translation() == null ? null : hit.translationHighlight(),
                quote.translationLang(), quote.url(),
                ReadingPages.inPlace(detail.interview().slug(), quote.position(), quote.id()), quote.speaker(),
                quote.narrator(), quote.notesSource(), group, hit.interviewDate(), shortTitle(detail.interview().title()),
                hit.similarMeaning());
    }

    private static List<SearchPage.FacetLink> facetLinks(Dimension dimension, List<SearchResults.FacetValue> values,
            SearchLinks links) {
        return values.stream().map(value -> {
            boolean selected = links.values(dimension).contains(value.value());
            return new SearchPage.FacetLink(value.label(),
                    dimension == Dimension.KIND ? QuoteKind.valueOf(value.value()) : null,
                    value.count(),
                    selected ? links.removing(dimension, value.value()) : links.adding(dimension, value.value()),
                    selected);
        }).toList();
    }
}
