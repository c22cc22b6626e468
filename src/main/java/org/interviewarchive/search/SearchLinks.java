package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.web.util.UriComponentsBuilder;

/** Links from one search page to its variants: a filter added or removed, another page, another order. */
final class SearchLinks {

    static final String PATH = "/search";

    private final SearchRequest request;

    SearchLinks(SearchRequest request) {
        this.request = request;
    }

    /** The same search with a filter value added, from the first page. */
    String adding(String dimension, String value) {
        return with(dimension, Stream.concat(values(dimension).stream(), Stream.of(value)).distinct().toList(), 1,
                request.sort());
    }

    /** The same search without a filter value, from the first page. */
    String removing(String dimension, String value) {
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

    List<String> values(String dimension) {
        return switch (dimension) {
            case SearchFields.SPEAKER -> request.speakers();
            case SearchFields.INTERVIEW -> request.interviews();
            case SearchFields.TOPIC -> request.topics();
            case SearchFields.KIND -> request.kinds();
            default -> List.of();
        };
    }

    private String with(String dimension, List<String> values, int page, SearchRequest.Sort sort) {
        return build(request.q(), Map.of(dimension, values), page, sort);
    }

    private String build(String q, Map<String, List<String>> replaced, int page, SearchRequest.Sort sort) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (!q.isEmpty()) {
            uri.queryParam("q", q);
        }
        for (String dimension : List.of(SearchFields.SPEAKER, SearchFields.INTERVIEW, SearchFields.TOPIC, SearchFields.KIND)) {
            List<String> values = replaced.getOrDefault(dimension, values(dimension));
            if (!values.isEmpty()) {
                uri.queryParam(dimension, new ArrayList<Object>(values));
            }
        }
        if (sort != SearchRequest.Sort.RELEVANCE) {
            uri.queryParam("sort", sort.param());
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
