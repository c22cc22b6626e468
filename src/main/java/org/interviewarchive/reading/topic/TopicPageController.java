package org.interviewarchive.reading.topic;

import java.util.List;
import java.util.Locale;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteView;
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

/** Every topic with its counts, and one topic's quotes across interviews. */
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
    String topics(Model model, Locale locale) {
        List<TopicView> all = topics.topics();
        model.addAttribute("terms", all.stream().filter(topic -> topic.kind() == TopicKind.TERM && topic.quotes() > 0).toList());
        model.addAttribute("sections", all.stream().filter(topic -> topic.kind() == TopicKind.SECTION).toList());
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(messages.getMessage("topics.title", null, locale),
                messages.getMessage("topics.intro", null, locale), "/topics"));
        return "topics";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, @RequestParam(required = false) List<String> speaker, Model model) {
        TopicView topic = topics.topic(slug).orElseThrow(() -> new PageNotFoundException("No topic has the slug " + slug));
        List<String> speakers = speaker == null ? List.of() : speaker;
        List<InterviewQuotes> interviews = topics.quotesAbout(slug, speakers).entrySet().stream()
                .map(entry -> new InterviewQuotes(entry.getKey(),
                        "/interviews/" + entry.getKey().slug() + "?topic=" + slug,
                        entry.getValue().stream().map(QuoteDetail::quote).toList()))
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
        model.addAttribute("shown", interviews.stream().mapToInt(group -> group.quotes().size()).sum());
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(topic.label(), null, "/topics/" + slug)
                .withFeed("/topics/" + slug + "/feed.atom"));
        return "topic";
    }
}
