package org.interviewarchive.reading.speaker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.SpeakerAppearance;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.Speaker;
import org.interviewarchive.speaker.SpeakerService;
import org.springframework.stereotype.Service;

/** Speakers as readers see them: with the interviews they take part in and what they say there. */
@Service
public class SpeakerProfiles {

    private final SpeakerService speakers;
    private final InterviewService interviews;
    private final QuoteService quotes;

    SpeakerProfiles(SpeakerService speakers, InterviewService interviews, QuoteService quotes) {
        this.speakers = speakers;
        this.interviews = interviews;
        this.quotes = quotes;
    }

    /** Everyone who takes part in at least one interview, by name. */
    public List<SpeakerProfile> all() {
        Map<String, List<SpeakerAppearance>> appearances = interviews.appearancesBySpeaker();
        return speakers.all().stream()
                .filter(speaker -> appearances.containsKey(speaker.getSlug()))
                .map(speaker -> profile(speaker, appearances.get(speaker.getSlug())))
                .toList();
    }

    public Optional<SpeakerProfile> one(String slug) {
        return speakers.findBySlug(slug)
                .map(speaker -> profile(speaker, interviews.appearancesBySpeaker().getOrDefault(slug, List.of())));
    }

    /** A speaker's quotes, their own words apart from retellings and notes, each grouped by interview, newest first. */
    public SpeakerWords quotes(String slug) {
        Map<InterviewRef, List<QuoteView>> all = quotes.bySpeaker(slug);
        return new SpeakerWords(only(all, QuoteKind::ownWords), only(all, kind -> kind == QuoteKind.REPORTED),
                only(all, kind -> kind == QuoteKind.SUMMARY));
    }

    private static List<InterviewQuotes> only(Map<InterviewRef, List<QuoteView>> all, Predicate<QuoteKind> kinds) {
        return all.entrySet().stream()
                .map(entry -> new InterviewQuotes(entry.getKey(),
                        entry.getValue().stream().filter(quote -> kinds.test(quote.kind())).toList()))
                .filter(group -> !group.quotes().isEmpty())
                .toList();
    }

    private static SpeakerProfile profile(Speaker speaker, List<SpeakerAppearance> appearances) {
        return new SpeakerProfile(new SpeakerView(
                speaker.getSlug(),
                speaker.getName(),
                List.copyOf(speaker.getAliases()),
                speaker.getDescription(),
                appearances.stream().map(appearance -> appearance.interview().slug()).toList(),
                appearances.stream().mapToInt(SpeakerAppearance::quotes).sum()), appearances);
    }
}
