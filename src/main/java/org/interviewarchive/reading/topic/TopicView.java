package org.interviewarchive.reading.topic;

import java.util.List;
import org.interviewarchive.topic.TopicKind;

/** A topic with how much it is talked about: its quotes and the interviews they are in. */
public record TopicView(String slug, String label, List<String> aliases, TopicKind kind, long quotes,
        List<String> interviews) {
}
