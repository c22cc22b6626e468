package org.interviewarchive.reading.search;

import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchMode;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.search.SearchResults;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApiController {

    private final QuoteSearch search;

    SearchApiController(QuoteSearch search) {
        this.search = search;
    }

    /**
     * {@code q}, {@code speaker}, {@code interview}, {@code topic}, {@code kind}, {@code page}, {@code size}, {@code sort},
     * {@code mode} (hybrid, keyword, meaning).
     */
    @GetMapping("/api/search")
    SearchResults search(@RequestParam MultiValueMap<String, String> parameters) {
        return search.search(SearchRequest.of(parameters), SearchMode.of(parameters.getFirst("mode")));
    }
}
