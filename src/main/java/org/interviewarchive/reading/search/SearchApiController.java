package org.interviewarchive.reading.search;

import java.util.Optional;
import org.interviewarchive.search.QueryLimits;
import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchMode;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.search.SearchResults;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<?> search(@RequestParam MultiValueMap<String, String> parameters) {
        Optional<String> tooLarge = QueryLimits.exceeded(parameters);
        if (tooLarge.isPresent()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, tooLarge.get());
            problem.setTitle("Query too large");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        SearchResults results = search.search(SearchRequest.of(parameters), SearchMode.of(parameters.getFirst("mode")));
        return ResponseEntity.ok(results);
    }
}
