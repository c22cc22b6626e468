package org.interviewarchive.ingest;

/**
 * Published when an interview's transaction has committed, so that derived data (the search index) can catch up.
 *
 * @param slug     the interview stored or replaced
 * @param revision the archive's revision after the change
 */
public record InterviewIngested(String slug, long revision) {
}
