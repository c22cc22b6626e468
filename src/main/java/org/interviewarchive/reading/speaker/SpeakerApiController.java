package org.interviewarchive.reading.speaker;

import java.util.List;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.reading.Paged;
import org.interviewarchive.reading.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Speakers and their quotes, a page at a time: a page beyond the last is the last, and a {@code Link: rel="next"}
 * header points at the next page when there is one.
 */
@RestController
@RequestMapping("/api/speakers")
class SpeakerApiController {

    /**
     * A page of the speaker's quotes: their own words under {@code interviews}; others' retellings and notes about
     * them apart. {@code total} counts the quotes of every page.
     */
    record SpeakerQuotes(SpeakerView speaker, long total, int page, List<InterviewQuotes> interviews,
                         List<InterviewQuotes> retold, List<InterviewQuotes> notes) {
    }

    private final SpeakerProfiles profiles;

    SpeakerApiController(SpeakerProfiles profiles) {
        this.profiles = profiles;
    }

    /** Everyone who takes part in at least one interview, by name. */
    @GetMapping
    ResponseEntity<List<SpeakerView>> all(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paged<SpeakerProfile> found = profiles.page(Paging.of(page, size, Paging.API_LIST_PAGE));
        return found.answer("/api/speakers", found.items().stream().map(SpeakerProfile::speaker).toList());
    }

    @GetMapping("/{slug}")
    ResponseEntity<SpeakerQuotes> one(@PathVariable String slug, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        SpeakerProfile profile = profiles.one(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No speaker has the slug " + slug));
        Paged<QuoteDetail> quotes = profiles.quotes(slug, Paging.of(page, size, Paging.API_QUOTES_PAGE));
        SpeakerWords words = SpeakerWords.of(quotes.items());
        return quotes.answer("/api/speakers/" + slug, new SpeakerQuotes(profile.speaker(), quotes.total(), quotes.page(),
                words.interviews(), words.retold(), words.notes()));
    }
}
