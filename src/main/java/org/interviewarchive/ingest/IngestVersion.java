package org.interviewarchive.ingest;

/**
 * The version of the ingest's parsing. Raise it whenever parsing changes what a file becomes: on the next start every
 * file is parsed again, and quote ids whose text changed redirect to their successors.
 */
final class IngestVersion {

    static final int CURRENT = 4;

    private IngestVersion() {
    }
}
