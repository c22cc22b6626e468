package org.interviewarchive.reading.topic;

import java.util.List;
import java.util.Locale;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.reading.Paged;
import org.interviewarchive.reading.Paging;
import org.interviewarchive.reading.QuoteRuns;
import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.search.SpeakerComparison;
import org.interviewarchive.topic.TopicKind;
import org.interviewarchive.web.PageMeta;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Every topic with its counts, and one topic's quotes across interviews, a page at a time. */
@Controller
class TopicPageController {

    /** A topic's quotes under one interview, with the link to the interview filtered by the topic. */
    record InterviewQuotes(InterviewRef interview, String filteredUrl, List<QuoteView> quotes) {
    }

    /** A speaker who speaks about the topic, and the link that narrows the page to them or back. */
    record SpeakerChoice(String slug, String name, long quotes, String url, boolean selected) {
    }

    private final TopicCatalogue topics;
    private final QuoteSearch search;
    private final MessageSource messages;
    private final SpeakerComparison comparison;

    TopicPageController(TopicCatalogue topics, QuoteSearch search, MessageSource messages,
            SpeakerComparison comparison) {
        this.topics = topics;
        this.search = search;
        this.messages = messages;
        this.comparison = comparison;
    }

    @GetMapping("/topics")
    String topics(@RequestParam(required = false) String page, Model model, Locale locale) {
        Paged<TopicView> shown = Paging.of(page, Paging.LIST_PAGE).of(topics.browsed());
        model.addAttribute("terms", shown.items().stream().filter(topic -> topic.kind() == TopicKind.TERM).toList());
        model.addAttribute("sections", shown.items().stream().filter(topic -> topic.kind() == TopicKind.SECTION).toList());
        model.addAttribute("pagination", shown.pagination("/topics"));
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(messages.getMessage("topics.title", null, locale),
                messages.getMessage("topics.intro", null, locale), "/topics"));
        return "topics";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, @RequestParam(required = false) List<String> speaker,
            @RequestParam(required = false) String page, Model model) {
        TopicView topic = topics.topic(slug).orElseThrow(() -> new PageNotFoundException("No topic has the slug " + slug));
        List<String> speakers = speaker == null ? List.of() : speaker;
        Paged<QuoteDetail> quotes = topics.quotesAbout(slug, speakers, Paging.of(page, Paging.QUOTES_PAGE));
        List<InterviewQuotes> interviews = QuoteRuns.of(quotes.items()).stream()
                .map(run -> new InterviewQuotes(run.interview(),
                        "/interviews/" + run.interview().slug() + "?topic=" + slug,
                        run.quotes().stream().map(QuoteDetail::quote).toList()))
                .toList();
        List<SpeakerChoice> choices = search.facets(SearchRequest.about(slug, List.of())).speaker().stream()
                .map(value -> {
                    boolean selected = speakers.contains(value.value());
                    return new SpeakerChoice(value.value(), value.label(), value.count(),
                            selected ? "/topics/" + slug : "/topics/" + slug + "?speaker=" + value.value(), selected);
                })
                .toList();
        model.addAttribute("topic", topic);
        model.addAttribute("interviews", interviews);
        model.addAttribute("speakers", choices);
        model.addAttribute("comparison", comparison.onTopic(slug));
        model.addAttribute("pagination", quotes.pagination(bySpeakers("/topics/" + slug, speakers)));
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(topic.label(), null, "/topics/" + slug)
                .withFeed("/topics/" + slug + "/feed.atom"));
        return "topic";
    }

    /** A topic's address narrowed to some speakers, so that its other pages are of the same speakers. */
    static String bySpeakers(String path, List<String> speakers) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("speaker", speakers == null ? new Object[0] : speakers.toArray())
                .encode().build().toUriString();
    }
}
