package org.interviewarchive.reading.speaker;

import java.util.Locale;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.reading.Paged;
import org.interviewarchive.reading.Paging;
import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.web.PageMeta;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Every speaker, and one speaker's quotes across interviews, a page at a time. */
@Controller
class SpeakerPageController {

    private static final int TOP_TOPICS = 8;

    private final SpeakerProfiles profiles;
    private final QuoteSearch search;
    private final MessageSource messages;

    SpeakerPageController(SpeakerProfiles profiles, QuoteSearch search, MessageSource messages) {
        this.profiles = profiles;
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/speakers")
    String speakers(@RequestParam(required = false) String page, Model model, Locale locale) {
        Paged<SpeakerProfile> found = profiles.page(Paging.of(page, Paging.LIST_PAGE));
        model.addAttribute("profiles", found.items());
        model.addAttribute("pagination", found.pagination("/speakers"));
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(messages.getMessage("speakers.title", null, locale),
                messages.getMessage("speakers.intro", null, locale), "/speakers"));
        return "speakers";
    }

    @GetMapping("/speakers/{slug}")
    String speaker(@PathVariable String slug, @RequestParam(required = false) String page, Model model) {
        SpeakerProfile profile = profiles.one(slug)
                .orElseThrow(() -> new PageNotFoundException("No speaker has the slug " + slug));
        model.addAttribute("profile", profile);
        Paged<QuoteDetail> quotes = profiles.quotes(slug, Paging.of(page, Paging.QUOTES_PAGE));
        model.addAttribute("words", SpeakerWords.of(quotes.items()));
        model.addAttribute("pagination", quotes.pagination("/speakers/" + slug));
        model.addAttribute("topics", search.facets(SearchRequest.by(slug)).topic().stream().limit(TOP_TOPICS).toList());
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(profile.speaker().name(),
                profile.speaker().description(), "/speakers/" + slug).withFeed("/speakers/" + slug + "/feed.atom"));
        return "speaker";
    }
}
