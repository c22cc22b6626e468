package org.interviewarchive.topic;

/** Where a topic comes from. */
public enum TopicKind {
    /** An interview's heading or chapter. */
    SECTION,
    /** A term of the vocabulary, found in any interview. */
    TERM
}
