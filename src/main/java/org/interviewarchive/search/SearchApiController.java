package org.interviewarchive.search;

import java.util.List;
import org.interviewarchive.quote.QuoteDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApiController {

    private static final int RELATED = 5;

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    /** {@code q}, {@code speaker}, {@code interview}, {@code topic}, {@code kind}, {@code page}, {@code size}, {@code sort}. */
    @GetMapping("/api/search")
    SearchResults search(@RequestParam MultiValueMap<String, String> parameters) {
        return search.search(SearchRequest.of(parameters));
    }

    @GetMapping("/api/quotes/{id}/related")
    List<QuoteDetail> related(@PathVariable String id) {
        return search.related(id, RELATED);
    }

    @GetMapping("/api/interviews/{slug}/key-terms")
    List<String> keyTerms(@PathVariable String slug) {
        return search.keyTerms(slug);
    }
}
