package org.interviewarchive.reading.quote;

import java.net.URI;
import java.util.List;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteLookup;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.search.RelatedQuotes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/quotes")
class QuoteApiController {

    private static final int RELATED = 5;

    private final QuoteService quotes;
    private final RelatedQuotes related;

    QuoteApiController(QuoteService quotes, RelatedQuotes related) {
        this.quotes = quotes;
        this.related = related;
    }

    @GetMapping("/{id}")
    ResponseEntity<QuoteDetail> quote(@PathVariable String id) {
        return switch (quotes.find(id)) {
            case QuoteLookup.Found found -> ResponseEntity.ok(found.quote().detail());
            case QuoteLookup.Moved moved -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/api/quotes/" + moved.newId()))
                    .build();
            case QuoteLookup.Retired retired ->
                    throw new ResponseStatusException(HttpStatus.GONE, "The quote " + id + " was removed from the archive");
            case QuoteLookup.Missing missing ->
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No quote has the id " + id);
        };
    }

    /** Up to five quotes from other interviews that say something like this one. */
    @GetMapping("/{id}/related")
    List<QuoteDetail> related(@PathVariable String id) {
        return related.of(id, RELATED);
    }
}
