package org.interviewarchive.archive;

/**
 * Published when an admin's deletion of an interview has committed, so that derived data (the search index) can drop
 * it. Like {@link InterviewStored}, it is published inside the transaction: listen with
 * {@code @TransactionalEventListener} to act after the commit.
 *
 * @param slug     the interview deleted
 * @param revision the archive's revision after the change
 */
public record InterviewDeleted(String slug, long revision) {
}
