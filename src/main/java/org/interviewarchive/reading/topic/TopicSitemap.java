package org.interviewarchive.reading.topic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.reading.SitemapSection;
import org.springframework.stereotype.Component;

/** The page of every topic something is said about, changed when the latest interview about it was stored. */
@Component
class TopicSitemap implements SitemapSection {

    private final TopicCatalogue topics;
    private final InterviewService interviews;

    TopicSitemap(TopicCatalogue topics, InterviewService interviews) {
        this.topics = topics;
        this.interviews = interviews;
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public long size() {
        return talkedAbout().size();
    }

    @Override
    public void pages(long skip, long limit, Page page) {
        Map<String, Instant> stored = interviews.storedBySlug();
        talkedAbout().stream().skip(skip).limit(limit)
                .forEach(topic -> page.at("/topics/" + topic.slug(), SitemapSection.latest(topic.interviews(), stored)));
    }

    private List<TopicView> talkedAbout() {
        return topics.topics().stream().filter(topic -> topic.quotes() > 0).toList();
    }
}
