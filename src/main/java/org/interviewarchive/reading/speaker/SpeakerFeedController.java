package org.interviewarchive.reading.speaker;

import java.util.Locale;
import org.interviewarchive.reading.InterviewFeeds;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /speakers/{slug}/feed.atom}: the interviews a speaker takes part in, as they are stored. */
@Controller
class SpeakerFeedController {

    private final SpeakerProfiles speakers;
    private final InterviewFeeds feeds;
    private final MessageSource messages;

    SpeakerFeedController(SpeakerProfiles speakers, InterviewFeeds feeds, MessageSource messages) {
        this.speakers = speakers;
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/speakers/{slug}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String slug, Locale locale) {
        SpeakerView speaker = speakers.one(slug)
                .orElseThrow(() -> new PageNotFoundException("No speaker has the slug " + slug)).speaker();
        return feeds.of(speaker.interviews(), "speaker:" + slug,
                messages.getMessage("feed.speaker", new Object[] {speaker.name()}, locale), "/speakers/" + slug,
                interview -> "/interviews/" + interview.slug() + "?speaker=" + slug, locale);
    }
}
