package org.interviewarchive.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The command line's progress on a long run: once the ingest has taken a while, a line on the error stream at most
 * every so often, so that the report lines alone go to the standard output.
 */
final class PrintedProgress implements IngestProgress {

    /** A run shorter than this prints no progress at all. */
    static final Duration QUIET = Duration.ofSeconds(2);
    static final Duration EVERY = Duration.ofSeconds(1);

    private final PrintStream err;
    private final LongSupplier nanoTime;
    private long started;
    private long lastPrinted;

    PrintedProgress(PrintStream err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
    }

    @Override
    public void begin(int files) {
        started = nanoTime.getAsLong();
        lastPrinted = started;
    }

    @Override
    public void ingested(int done, int files, IngestResult result) {
        long now = nanoTime.getAsLong();
        if (now - started >= QUIET.toNanos() && (now - lastPrinted >= EVERY.toNanos() || done == files)) {
            err.println("ingested " + done + " of " + files + " files");
            lastPrinted = now;
        }
    }
}
