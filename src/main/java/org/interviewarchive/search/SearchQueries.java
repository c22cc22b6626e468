package org.interviewarchive.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.interviewarchive.speaker.SpeakerService;
import org.interviewarchive.topic.TopicService;
import org.interviewarchive.topic.TopicTerm;
import org.springframework.stereotype.Component;

/**
 * What every search needs to turn a reader's words into a query: the vocabulary as the analyzer sees it, analysed
 * again only when the vocabulary changes, and speakers resolved by the speaker feature's one rule.
 */
@Component
class SearchQueries {

    private final SearchIndex index;
    private final SpeakerService speakers;
    private final TopicService topics;
    private final AtomicReference<TermMatcher> matcher = new AtomicReference<>();

    SearchQueries(SearchIndex index, SpeakerService speakers, TopicService topics) {
        this.index = index;
        this.speakers = speakers;
        this.topics = topics;
    }

    TermMatcher vocabulary() {
        List<TopicTerm> terms = topics.terms();
        return matcher.updateAndGet(current -> current != null && current.terms().equals(terms)
                ? current
                : new TermMatcher(terms, index.analyzer()));
    }

    QueryTranslator translator() {
        return translator(vocabulary());
    }

    QueryTranslator translator(TermMatcher vocabulary) {
        return new QueryTranslator(index.analyzer(), value -> speakers.slugOf(value).orElse(value), vocabulary);
    }
}
