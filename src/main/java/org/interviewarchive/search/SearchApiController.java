package org.interviewarchive.search;

import java.util.List;
import org.interviewarchive.quote.QuoteDetail;
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

    @GetMapping("/api/search")
    SearchResults search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) List<String> speaker,
            @RequestParam(required = false) List<String> interview,
            @RequestParam(required = false) List<String> topic,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "20") String size,
            @RequestParam(defaultValue = "relevance") String sort) {
        return search.search(new SearchRequest(q, speaker, interview, topic, kind, number(page, 1),
                number(size, SearchRequest.DEFAULT_SIZE), SearchRequest.Sort.of(sort)));
    }

    @GetMapping("/api/quotes/{id}/related")
    List<QuoteDetail> related(@PathVariable String id) {
        return search.related(id, RELATED);
    }

    @GetMapping("/api/interviews/{slug}/key-terms")
    List<String> keyTerms(@PathVariable String slug) {
        return search.keyTerms(slug);
    }

    /** A page or size that is not a number means the default: a search never answers with an error. */
    private static int number(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
