package org.interviewarchive.search;

import java.util.List;

/** How much a topic is talked about: its quotes, and the interviews they are in. */
public record TopicUsage(String slug, long quotes, List<String> interviews) {
}
