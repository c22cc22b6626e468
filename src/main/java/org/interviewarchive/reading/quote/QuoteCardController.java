package org.interviewarchive.reading.quote;

import java.net.URI;
import java.time.Duration;
import org.interviewarchive.quote.QuoteLookup;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /q/{id}/card.png}: the picture a shared quote shows; 404 when there is no font to draw Chinese with. */
@Controller
class QuoteCardController {

    private static final Duration KEEP = Duration.ofDays(1);

    private final QuoteService quotes;
    private final QuoteCards cards;

    QuoteCardController(QuoteService quotes, QuoteCards cards) {
        this.quotes = quotes;
        this.cards = cards;
    }

    @GetMapping("/q/{id}/card.png")
    ResponseEntity<byte[]> card(@PathVariable String id) {
        return switch (quotes.find(id)) {
            case QuoteLookup.Found found -> cards.png(found.quote())
                    .map(png -> ResponseEntity.ok()
                            .contentType(MediaType.IMAGE_PNG)
                            .cacheControl(CacheControl.maxAge(KEEP).cachePublic())
                            .body(png))
                    .orElseThrow(() -> new PageNotFoundException("No font to draw quote cards with"));
            case QuoteLookup.Moved moved -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/q/" + moved.newId() + "/card.png")).build();
            case QuoteLookup.Retired retired -> throw new PageNotFoundException("The quote " + id + " was removed");
            case QuoteLookup.Missing missing -> throw new PageNotFoundException("No quote has the id " + id);
        };
    }
}
