package org.interviewarchive.reading.interview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.reading.Paged;
import org.interviewarchive.reading.Paging;
import org.interviewarchive.reading.cite.Citing;
import org.interviewarchive.reading.speaker.SpeakerProfile;
import org.interviewarchive.reading.speaker.SpeakerProfiles;
import org.interviewarchive.web.PageMeta;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The collection and the reading view of one interview, with its Markdown export. */
@Controller
class InterviewPageController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final InterviewService interviews;
    private final InterviewReader reader;
    private final InterviewMarkdown markdown;
    private final SpeakerProfiles speakers;
    private final MessageSource messages;
    private final Citing citing;

    InterviewPageController(InterviewService interviews, InterviewReader reader, InterviewMarkdown markdown,
                            SpeakerProfiles speakers, MessageSource messages, Citing citing) {
        this.interviews = interviews;
        this.reader = reader;
        this.markdown = markdown;
        this.speakers = speakers;
        this.messages = messages;
        this.citing = citing;
    }

    /** The collection: its interviews newest first, a page at a time, and the first page of its speakers. */
    @GetMapping("/")
    String collection(@RequestParam(required = false) String page, Model model, Locale locale) {
        Paging asked = Paging.of(page, Paging.LIST_PAGE);
        Page<InterviewView> found = interviews.views(asked.addressablePage(), asked.size());
        if (found.isEmpty() && found.getTotalPages() > 0) {
            // Beyond the last page, the last.
            found = interviews.views(found.getTotalPages(), asked.size());
        }
        Paged<InterviewView> shown = new Paged<>(found.getContent(), found.getNumber() + 1, asked.size(),
                found.getTotalElements());
        model.addAttribute("interviews", shown.items());
        model.addAttribute("interviewPages", shown.pagination("/"));
        Paged<SpeakerProfile> firstSpeakers = speakers.page(new Paging(1, Paging.LIST_PAGE));
        model.addAttribute("speakers", firstSpeakers.items());
        model.addAttribute("speakerPages", firstSpeakers.pagination("/speakers"));
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(messages.getMessage("site.name", null, locale),
                messages.getMessage("home.intro", null, locale), "/"));
        return "home";
    }

    /**
     * Filters come as repeated parameters ({@code ?speaker=a&speaker=b}); they are read from the raw parameters
     * because a section title may contain a comma, which Spring would split into two values.
     */
    @GetMapping("/interviews/{slug}")
    String interview(@PathVariable String slug, @RequestParam MultiValueMap<String, String> parameters, Model model,
                     Locale locale) {
        Reading reading = read(slug, parameters, pageOf(parameters.getFirst("page")));
        model.addAttribute("reading", reading);
        model.addAttribute("citations", citing.interview(reading.interview(), locale));
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.article(reading.interview().title(),
                reading.interview().summary(), "/interviews/" + slug));
        return "interview";
    }

    @GetMapping("/interviews/{slug}/export.md")
    ResponseEntity<String> export(@PathVariable String slug, @RequestParam MultiValueMap<String, String> parameters,
                                  Locale locale) {
        Reading reading = read(slug, parameters, 0);
        return ResponseEntity.ok()
                .contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(slug + ".md").build().toString())
                .body(markdown.render(reading, locale));
    }

    /** The page asked for, from 1; anything else is the first. */
    private static int pageOf(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The reading view's page, or with {@code page} 0 everything shown on one page. */
    private Reading read(String slug, MultiValueMap<String, String> parameters, int page) {
        ReadingQuery query = ReadingQuery.of(parameters.getOrDefault("speaker", List.of()),
                parameters.getOrDefault("topic", List.of()), parameters.getFirst("show"), parameters.getFirst("q"));
        return reader.read(slug, query, page)
                .orElseThrow(() -> new PageNotFoundException("No interview has the slug " + slug));
    }
}
