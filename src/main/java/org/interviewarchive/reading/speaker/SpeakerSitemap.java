package org.interviewarchive.reading.speaker;

import java.util.List;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.Stamped;
import org.interviewarchive.reading.StampedSitemap;
import org.springframework.stereotype.Component;

/** Every speaker's page, changed when the latest of their interviews was stored. */
@Component
class SpeakerSitemap extends StampedSitemap {

    private final InterviewService interviews;

    SpeakerSitemap(InterviewService interviews) {
        super("speakers", "/speakers/");
        this.interviews = interviews;
    }

    @Override
    protected List<Stamped> stamps() {
        return interviews.speakerStamps();
    }
}
