package org.interviewarchive.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The command line's report: each file's line on the standard output as soon as the file is done (an OK line means
 * the interview is stored for good), and on a long run, once the ingest has taken a while, its progress on the error
 * stream at most every so often, so that the report lines alone go to the standard output.
 */
final class PrintedProgress implements IngestProgress {

    /** A run shorter than this prints no progress at all. */
    static final Duration QUIET = Duration.ofSeconds(2);
    static final Duration EVERY = Duration.ofSeconds(1);

    private final PrintStream out;
    private final PrintStream err;
    private final LongSupplier nanoTime;
    private long started;
    private long lastPrinted;

    PrintedProgress(PrintStream out, PrintStream err, LongSupplier nanoTime) {
        this.out = out;
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
        out.println(result.line());
        long now = nanoTime.getAsLong();
        if (now - started >= QUIET.toNanos() && (now - lastPrinted >= EVERY.toNanos() || done == files)) {
            err.println("ingested " + done + " of " + files + " files");
            lastPrinted = now;
        }
    }
}
