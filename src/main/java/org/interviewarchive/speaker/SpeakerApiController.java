package org.interviewarchive.speaker;

import java.util.List;
import java.util.Map;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.SpeakerAppearance;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/speakers")
class SpeakerApiController {

    record InterviewQuotes(InterviewRef interview, List<QuoteView> quotes) {
    }

    record SpeakerQuotes(SpeakerView speaker, List<InterviewQuotes> interviews) {
    }

    private final SpeakerService speakers;
    private final InterviewService interviews;
    private final QuoteService quotes;

    SpeakerApiController(SpeakerService speakers, InterviewService interviews, QuoteService quotes) {
        this.speakers = speakers;
        this.interviews = interviews;
        this.quotes = quotes;
    }

    /** Everyone who takes part in at least one interview. */
    @GetMapping
    List<SpeakerView> all() {
        Map<String, List<SpeakerAppearance>> appearances = interviews.appearancesBySpeaker();
        return speakers.all().stream()
                .filter(speaker -> appearances.containsKey(speaker.getSlug()))
                .map(speaker -> view(speaker, appearances.get(speaker.getSlug())))
                .toList();
    }

    @GetMapping("/{slug}")
    SpeakerQuotes one(@PathVariable String slug) {
        Speaker speaker = speakers.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No speaker has the slug " + slug));
        List<SpeakerAppearance> appearances = interviews.appearancesBySpeaker().getOrDefault(slug, List.of());
        List<InterviewQuotes> byInterview = quotes.bySpeaker(slug).entrySet().stream()
                .map(entry -> new InterviewQuotes(entry.getKey(), entry.getValue()))
                .toList();
        return new SpeakerQuotes(view(speaker, appearances), byInterview);
    }

    private static SpeakerView view(Speaker speaker, List<SpeakerAppearance> appearances) {
        return new SpeakerView(
                speaker.getSlug(),
                speaker.getName(),
                List.copyOf(speaker.getAliases()),
                speaker.getDescription(),
                appearances.stream().map(appearance -> appearance.interview().slug()).toList(),
                appearances.stream().mapToInt(SpeakerAppearance::quotes).sum());
    }
}
