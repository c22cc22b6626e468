package org.interviewarchive.search;

/** A topic a quote is tagged with. */
public record TopicRef(String slug, String label) {
}
