package org.interviewarchive.reading.interview;

import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.reading.SitemapSection;
import org.springframework.stereotype.Component;

/** The reading view of every interview, changed when it was last stored. */
@Component
class InterviewSitemap implements SitemapSection {

    private final InterviewService interviews;

    InterviewSitemap(InterviewService interviews) {
        this.interviews = interviews;
    }

    @Override
    public String name() {
        return "interviews";
    }

    @Override
    public long size() {
        return interviews.byLastStored().size();
    }

    @Override
    public void pages(long skip, long limit, Page page) {
        interviews.byLastStored().stream().skip(skip).limit(limit)
                .forEach(stored -> page.at("/interviews/" + stored.interview().slug(), stored.stored()));
    }
}
