package org.interviewarchive.quote;

import java.net.URI;
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

    private final QuoteService quotes;

    QuoteApiController(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GetMapping("/{id}")
    ResponseEntity<QuoteDetail> quote(@PathVariable String id) {
        return switch (quotes.find(id)) {
            case QuoteLookup.Found found -> ResponseEntity.ok(found.quote());
            case QuoteLookup.Moved moved -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/api/quotes/" + moved.newId()))
                    .build();
            case QuoteLookup.Retired retired ->
                    throw new ResponseStatusException(HttpStatus.GONE, "The quote " + id + " was removed from the archive");
            case QuoteLookup.Missing missing ->
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No quote has the id " + id);
        };
    }
}
