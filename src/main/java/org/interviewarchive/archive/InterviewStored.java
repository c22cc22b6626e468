package org.interviewarchive.archive;

/**
 * Published when an interview's transaction has committed, so that derived data (the search index) can catch up.
 *
 * @param slug     the interview stored or replaced
 * @param revision the archive's revision after the change
 */
public record InterviewStored(String slug, long revision) {
}
