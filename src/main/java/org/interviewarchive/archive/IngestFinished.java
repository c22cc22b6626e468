package org.interviewarchive.archive;

/**
 * Published when an ingest of one file or many has ended, after the last file's transaction: derived data that catches
 * up with {@link InterviewStored} in the background (the search index) is brought up to date before the ingest
 * reports back, so that whoever ingested finds what was stored.
 */
public record IngestFinished() {
}
