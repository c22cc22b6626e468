package org.interviewarchive.reading.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interviewarchive.search.Dimension;
import org.interviewarchive.search.SearchMode;
import org.interviewarchive.search.SearchRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links from one search page to its variants: a filter added or removed, another page, another order. */
final class SearchLinks {

    static final String PATH = "/search";

    private final SearchRequest request;
    private final SearchMode mode;

    SearchLinks(SearchRequest request, SearchMode mode) {
        this.request = request;
        this.mode = mode;
    }

    /** The same search in another mode, from the first page. */
    String inMode(SearchMode other) {
        return build(request.q(), Map.of(), 1, request.sort(), other);
    }

    /** The same search with a filter value added, from the first page. */
    String adding(Dimension dimension, String value) {
        return with(dimension, Stream.concat(values(dimension).stream(), Stream.of(value)).distinct().toList(), 1,
                request.sort());
    }

    /** The same search without a filter value, from the first page. */
    String removing(Dimension dimension, String value) {
        return with(dimension, values(dimension).stream().filter(existing -> !existing.equals(value)).toList(), 1,
                request.sort());
    }

    String page(int page) {
        return build(request.q(), Map.of(), page, request.sort());
    }

    String sortedBy(SearchRequest.Sort sort) {
        return build(request.q(), Map.of(), 1, sort);
    }

    /** The words alone, every filter dropped. */
    String withoutFilters() {
        return UriComponentsBuilder.fromPath(PATH).queryParam("q", request.q()).encode().build().toUriString();
    }

    /** The filters alone, the words dropped. */
    String withoutWords() {
        return build("", Map.of(), 1, request.sort());
    }

    List<String> values(Dimension dimension) {
        return request.values(dimension);
    }

    private String with(Dimension dimension, List<String> values, int page, SearchRequest.Sort sort) {
        return build(request.q(), Map.of(dimension, values), page, sort);
    }

    private String build(String q, Map<Dimension, List<String>> replaced, int page, SearchRequest.Sort sort) {
        return build(q, replaced, page, sort, mode);
    }

    private String build(String q, Map<Dimension, List<String>> replaced, int page, SearchRequest.Sort sort,
            SearchMode inMode) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (!q.isEmpty()) {
            uri.queryParam("q", q);
        }
        for (Dimension dimension : Dimension.values()) {
            List<String> values = replaced.getOrDefault(dimension, values(dimension));
            if (!values.isEmpty()) {
                uri.queryParam(dimension.parameter(), new ArrayList<Object>(values));
            }
        }
        if (sort != SearchRequest.Sort.RELEVANCE) {
            uri.queryParam("sort", sort.param());
        }
        if (inMode != SearchMode.HYBRID) {
            uri.queryParam("mode", inMode.param());
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
