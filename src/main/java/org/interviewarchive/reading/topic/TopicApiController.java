package org.interviewarchive.reading.topic;

import java.util.List;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.reading.Paged;
import org.interviewarchive.reading.Paging;
import org.interviewarchive.reading.QuoteRuns;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Topics and their quotes, a page at a time: a page beyond the last is the last, and a {@code Link: rel="next"}
 * header points at the next page when there is one.
 */
@RestController
@RequestMapping("/api/topics")
class TopicApiController {

    /** A page of the topic's quotes, grouped by interview; {@code total} counts the quotes of every page. */
    record TopicQuotes(TopicView topic, long total, int page, List<QuoteRuns.Run> interviews) {
    }

    private final TopicCatalogue topics;

    TopicApiController(TopicCatalogue topics) {
        this.topics = topics;
    }

    /** Every term and section, most talked about first. */
    @GetMapping
    ResponseEntity<List<TopicView>> all(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paged<TopicView> found = Paging.of(page, size, Paging.API_LIST_PAGE).of(topics.topics());
        return found.answer("/api/topics", found.items());
    }

    /** One topic's quotes across interviews, grouped by interview, optionally by some speakers only. */
    @GetMapping("/{slug}")
    ResponseEntity<TopicQuotes> one(@PathVariable String slug, @RequestParam(required = false) List<String> speaker,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        TopicView topic = topics.topic(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No topic has the slug " + slug));
        Paged<QuoteDetail> quotes = topics.quotesAbout(slug, speaker == null ? List.of() : speaker,
                Paging.of(page, size, Paging.API_QUOTES_PAGE));
        return quotes.answer(TopicPageController.bySpeakers("/api/topics/" + slug, speaker), new TopicQuotes(topic, quotes.total(), quotes.page(),
                QuoteRuns.of(quotes.items())));
    }
}
