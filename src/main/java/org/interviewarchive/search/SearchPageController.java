package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
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

    private static final List<String> DIMENSIONS =
            List.of(SearchFields.SPEAKER, SearchFields.INTERVIEW, SearchFields.TOPIC, SearchFields.KIND);

    private final SearchService search;
    private final MessageSource messages;

    SearchPageController(SearchService search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping(SearchLinks.PATH)
    String search(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
        SearchRequest request = SearchRequest.of(parameters);
        SearchResults results = search.search(request);
        model.addAttribute("view", page(request, results));
        model.addAttribute("searchQuery", request.q());
        String title = request.q().isEmpty() ? messages.getMessage("search.title", null, locale)
                : messages.getMessage("search.titleFor", new Object[] {request.q()}, locale);
        model.addAttribute("title", title);
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(title, null, SearchLinks.PATH));
        return "search";
    }

    private static SearchPage page(SearchRequest request, SearchResults results) {
        SearchLinks links = new SearchLinks(request);
        List<SearchPage.Hit> hits = results.hits().stream().map(SearchPageController::hit).toList();
        List<SearchPage.Facet> facets = DIMENSIONS.stream()
                .map(dimension -> new SearchPage.Facet(dimension, facetLinks(dimension, facet(results, dimension), links)))
                .filter(facet -> !facet.values().isEmpty())
                .toList();
        List<SearchPage.ActiveFilter> filters = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            Map<String, String> labels = facet(results, dimension).stream()
                    .collect(Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::label, (a, b) -> a));
            for (String value : links.values(dimension)) {
                filters.add(new SearchPage.ActiveFilter(dimension, labels.getOrDefault(value, value),
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
                request.hasFilters() && !request.q().isEmpty() ? links.withoutWords() : null);
    }

    private static SearchPage.Hit hit(SearchResults.Hit hit) {
        QuoteDetail detail = hit.quote();
        var quote = detail.quote();
        String interviewUrl = "/interviews/" + detail.interview().slug();
        return new SearchPage.Hit(quote.id(),
                quote.speaker() == null ? null : quote.speaker().name(),
                quote.speaker() == null ? null : "/speakers/" + quote.speaker().slug(),
                quote.kind(), detail.interview().title(), interviewUrl, quote.section(),
                hit.highlight(), quote.lang(), quote.translation() == null ? null : hit.translationHighlight(),
                quote.translationLang(), quote.url(), interviewUrl + "#q-" + quote.id());
    }

    private static List<SearchPage.FacetLink> facetLinks(String dimension, List<SearchResults.FacetValue> values,
            SearchLinks links) {
        return values.stream().map(value -> {
            boolean selected = links.values(dimension).contains(value.value());
            return new SearchPage.FacetLink(value.label(),
                    dimension.equals(SearchFields.KIND) ? QuoteKind.valueOf(value.value()) : null,
                    value.count(),
                    selected ? links.removing(dimension, value.value()) : links.adding(dimension, value.value()),
                    selected);
        }).toList();
    }

    private static List<SearchResults.FacetValue> facet(SearchResults results, String dimension) {
        Map<String, Function<SearchResults.Facets, List<SearchResults.FacetValue>>> facets = Map.of(
                SearchFields.SPEAKER, SearchResults.Facets::speaker,
                SearchFields.INTERVIEW, SearchResults.Facets::interview,
                SearchFields.TOPIC, SearchResults.Facets::topic,
                SearchFields.KIND, SearchResults.Facets::kind);
        return facets.get(dimension).apply(results.facets());
    }
}
