package org.interviewarchive.reading.speaker;

import java.util.List;
import java.util.Optional;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.SpeakerAppearance;
import org.interviewarchive.interview.SpeakerAppearances;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.reading.Paged;
import org.interviewarchive.reading.Paging;
import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.speaker.Speaker;
import org.interviewarchive.speaker.SpeakerService;
import org.springframework.stereotype.Service;

/** Speakers as readers see them: with the interviews they take part in and what they say there. */
@Service
public class SpeakerProfiles {

    private final SpeakerService speakers;
    private final InterviewService interviews;
    private final QuoteSearch search;

    SpeakerProfiles(SpeakerService speakers, InterviewService interviews, QuoteSearch search) {
        this.speakers = speakers;
        this.interviews = interviews;
        this.search = search;
    }

    /** A page of everyone who takes part in at least one interview, by name. */
    public Paged<SpeakerProfile> page(Paging asked) {
        Paged<String> slugs = asked.of(interviews.speakerSlugsByName());
        List<SpeakerProfile> profiles = interviews.appearancesOf(slugs.items()).stream()
                .map(speaker -> profile(speaker.speaker(), speaker.appearances()))
                .toList();
        return new Paged<>(profiles, slugs.page(), slugs.size(), slugs.total());
    }

    public Optional<SpeakerProfile> one(String slug) {
        return speakers.findBySlug(slug).map(speaker -> profile(speaker,
                interviews.appearancesOf(List.of(slug)).stream().findFirst()
                        .map(SpeakerAppearances::appearances).orElse(List.of())));
    }

    /**
     * A page of a speaker's quotes from the index: their own words first, then retellings, then notes, each newest
     * interview first and in reading order.
     */
    public Paged<QuoteDetail> quotes(String slug, Paging asked) {
        return Paged.of(search.page(SearchRequest.by(slug), asked.page(), asked.size()));
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
