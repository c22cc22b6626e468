package org.interviewarchive.ingest;

import java.nio.file.Path;

/** What the ingest did with one file, as one line of its report. */
public sealed interface IngestResult {

    Path file();

    /**
     * The report line: {@code OK}, {@code UNCHANGED}, {@code SKIPPED}, {@code DUPLICATE}, {@code REFUSED} or
     * {@code FAILED}, then the file.
     */
    String line();

    /** @param attributed whether speakers were recognised: without, the text is kept as unattributed passages */
    record Stored(Path file, String slug, int quotes, boolean attributed) implements IngestResult {
        @Override
        public String line() {
            return "OK " + file + " " + slug + " " + quotes + " quotes" + (attributed ? "" : " (no speakers recognised)");
        }
    }

    record Unchanged(Path file, String slug) implements IngestResult {
        @Override
        public String line() {
            return "UNCHANGED " + file + " " + slug;
        }
    }

    /** A file whose interview an admin deleted, left out by the ingest at start. */
    record Skipped(Path file, String slug) implements IngestResult {
        @Override
        public String line() {
            return "SKIPPED " + file + " " + slug + ": an admin deleted this interview";
        }
    }

    record Refused(Path file, String reason) implements IngestResult {
        @Override
        public String line() {
            return "REFUSED " + file + ": " + reason;
        }
    }

    /** A copy of a transcript the archive holds under another file name: not stored twice. */
    record Duplicate(Path file, String slug) implements IngestResult {
        @Override
        public String line() {
            return "DUPLICATE " + file + " of " + slug;
        }
    }

    /**
     * A file the archive failed on by a fault of its own, not of the file: the reason says so in words (the details
     * are in the log), and the other files go on.
     */
    record Failed(Path file, String reason) implements IngestResult {
        @Override
        public String line() {
            return "FAILED " + file + ": " + reason;
        }
    }
}
