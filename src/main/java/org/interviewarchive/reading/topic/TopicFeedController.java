package org.interviewarchive.reading.topic;

import java.util.Locale;
import org.interviewarchive.reading.InterviewFeeds;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /topics/{slug}/feed.atom}: the interviews that talk about a topic, as they are stored. */
@Controller
class TopicFeedController {

    private final TopicCatalogue topics;
    private final InterviewFeeds feeds;
    private final MessageSource messages;

    TopicFeedController(TopicCatalogue topics, InterviewFeeds feeds, MessageSource messages) {
        this.topics = topics;
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/topics/{slug}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String slug, Locale locale) {
        TopicView topic = topics.topic(slug).orElseThrow(() -> new PageNotFoundException("No topic has the slug " + slug));
        return feeds.of(topic.interviews(), "topic:" + slug,
                messages.getMessage("feed.topic", new Object[] {topic.label()}, locale), "/topics/" + slug,
                interview -> "/interviews/" + interview.slug() + "?topic=" + slug, locale);
    }
}
