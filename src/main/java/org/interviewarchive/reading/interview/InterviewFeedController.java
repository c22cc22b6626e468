package org.interviewarchive.reading.interview;

import java.util.Locale;
import org.interviewarchive.reading.InterviewFeeds;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /feed.atom}: new and updated interviews of the whole archive. */
@Controller
class InterviewFeedController {

    private final InterviewFeeds feeds;
    private final MessageSource messages;

    InterviewFeedController(InterviewFeeds feeds, MessageSource messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> feed(Locale locale) {
        return feeds.ofArchive("interviews", messages.getMessage("feed.site", null, locale), "/",
                interview -> "/interviews/" + interview.slug(), locale);
    }
}
