package org.interviewarchive.reading.interview;

import java.util.List;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.reading.Paging;
import org.interviewarchive.search.InterviewKeyTerms;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/interviews")
class InterviewApiController {

    /** The default and largest page of the interview list. */
    static final int DEFAULT_PAGE_SIZE = 1000;

    private final InterviewService interviews;
    private final QuoteService quotes;
    private final InterviewKeyTerms keyTerms;

    InterviewApiController(InterviewService interviews, QuoteService quotes, InterviewKeyTerms keyTerms) {
        this.interviews = interviews;
        this.quotes = quotes;
        this.keyTerms = keyTerms;
    }

    /**
     * Every interview, newest first, a page at a time: the default page holds a whole archive of a few thousand, and a
     * {@code Link: rel="next"} header points at the next page when there is one.
     */
    @GetMapping
    ResponseEntity<List<InterviewView>> all(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging asked = Paging.of(page, size, DEFAULT_PAGE_SIZE);
        int pageNumber = asked.addressablePage();
        Page<InterviewView> found = interviews.views(pageNumber, asked.size());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (found.hasNext()) {
            response.header(HttpHeaders.LINK, Paging.nextLink("/api/interviews", pageNumber, asked.size()));
        }
        return response.body(found.getContent());
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
