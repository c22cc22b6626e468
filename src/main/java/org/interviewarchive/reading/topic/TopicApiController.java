package org.interviewarchive.reading.topic;

import java.util.List;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/topics")
class TopicApiController {

    record InterviewQuotes(InterviewRef interview, List<QuoteDetail> quotes) {
    }

    record TopicQuotes(TopicView topic, List<InterviewQuotes> interviews) {
    }

    private final TopicCatalogue topics;

    TopicApiController(TopicCatalogue topics) {
        this.topics = topics;
    }

    @GetMapping
    List<TopicView> all() {
        return topics.topics();
    }

    /** One topic's quotes across interviews, grouped by interview, optionally by some speakers only. */
    @GetMapping("/{slug}")
    TopicQuotes one(@PathVariable String slug, @RequestParam(required = false) List<String> speaker) {
        TopicView topic = topics.topic(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No topic has the slug " + slug));
        return new TopicQuotes(topic, topics.quotesAbout(slug, speaker).entrySet().stream()
                .map(entry -> new InterviewQuotes(entry.getKey(), entry.getValue())).toList());
    }
}
