package org.interviewarchive.reading.speaker;

import java.time.Instant;
import java.util.Map;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.reading.SitemapSection;
import org.springframework.stereotype.Component;

/** Every speaker's page, changed when the latest of their interviews was stored. */
@Component
class SpeakerSitemap implements SitemapSection {

    private final SpeakerProfiles speakers;
    private final InterviewService interviews;

    SpeakerSitemap(SpeakerProfiles speakers, InterviewService interviews) {
        this.speakers = speakers;
        this.interviews = interviews;
    }

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public long size() {
        return speakers.all().size();
    }

    @Override
    public void pages(long skip, long limit, Page page) {
        Map<String, Instant> stored = interviews.storedBySlug();
        speakers.all().stream().skip(skip).limit(limit).map(SpeakerProfile::speaker)
                .forEach(speaker -> page.at("/speakers/" + speaker.slug(),
                        SitemapSection.latest(speaker.interviews(), stored)));
    }
}
