package org.interviewarchive.reading.interview;

import java.util.List;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.Stamped;
import org.interviewarchive.reading.StampedSitemap;
import org.springframework.stereotype.Component;

/** The reading view of every interview, changed when it was last stored. */
@Component
class InterviewSitemap extends StampedSitemap {

    private final InterviewService interviews;

    InterviewSitemap(InterviewService interviews) {
        super("interviews", "/interviews/");
        this.interviews = interviews;
    }

    @Override
    protected List<Stamped> stamps() {
        return interviews.stamps();
    }
}
