package org.interviewarchive.ingest;

/** A file the ingest will not take, with a reason a person understands. */
class RefusedFileException extends RuntimeException {

    RefusedFileException(String reason) {
        super(reason);
    }
}
