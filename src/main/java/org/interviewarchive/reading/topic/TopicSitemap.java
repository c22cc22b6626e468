package org.interviewarchive.reading.topic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.Stamped;
import org.interviewarchive.reading.SitemapSection;
import org.interviewarchive.reading.StampedSitemap;
import org.springframework.stereotype.Component;

/** The page of every topic something is said about, changed when the latest interview about it was stored. */
@Component
class TopicSitemap extends StampedSitemap {

    private final TopicCatalogue topics;
    private final InterviewService interviews;

    TopicSitemap(TopicCatalogue topics, InterviewService interviews) {
        super("topics", "/topics/");
        this.topics = topics;
        this.interviews = interviews;
    }

    @Override
    protected List<Stamped> stamps() {
        Map<String, Instant> stored = interviews.stamps().stream()
                .collect(Collectors.toMap(Stamped::slug, Stamped::changed));
        return topics.topics().stream().filter(topic -> topic.quotes() > 0)
                .map(topic -> new Stamped(topic.slug(), SitemapSection.latest(topic.interviews(), stored)))
                .toList();
    }
}
