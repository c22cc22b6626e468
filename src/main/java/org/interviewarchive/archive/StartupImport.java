package org.interviewarchive.archive;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How far the import at start has come, so that pages can say why the archive is not complete yet: how many of the
 * transcripts found are done. Zero of zero until an import at start begins.
 */
@Component
public class StartupImport {

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    public void begin(int transcripts) {
        done.set(0);
        total.set(transcripts);
    }

    public void advance() {
        done.incrementAndGet();
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total.get();
    }
}
