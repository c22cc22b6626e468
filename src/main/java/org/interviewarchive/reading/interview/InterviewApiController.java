package org.interviewarchive.reading.interview;

import java.util.List;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.search.InterviewKeyTerms;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/interviews")
class InterviewApiController {

    private final InterviewService interviews;
    private final QuoteService quotes;
    private final InterviewKeyTerms keyTerms;

    InterviewApiController(InterviewService interviews, QuoteService quotes, InterviewKeyTerms keyTerms) {
        this.interviews = interviews;
        this.quotes = quotes;
        this.keyTerms = keyTerms;
    }

    @GetMapping
    List<InterviewView> all() {
        return interviews.views();
    }

    @GetMapping("/{slug}")
    InterviewDetail one(@PathVariable String slug) {
        InterviewView interview = interviews.view(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No interview has the slug " + slug));
        return new InterviewDetail(interview, quotes.inReadingOrder(slug));
    }

    /** The interview's ten most distinctive words against the whole archive. */
    @GetMapping("/{slug}/key-terms")
    List<String> keyTerms(@PathVariable String slug) {
        return keyTerms.of(slug);
    }
}
