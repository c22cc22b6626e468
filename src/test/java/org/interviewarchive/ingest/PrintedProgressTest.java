package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The command line prints each file's report line at once on the standard output; nothing of its progress on a short
 * run, and a line a second on the error stream after.
 */
class PrintedProgressTest {

    private static final IngestResult RESULT = new IngestResult.Refused(Path.of("a.txt"), "the file is empty");

    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintedProgress progress = new PrintedProgress(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), now::get);

    @Test
    void eachFilesLineIsPrintedAsSoonAsItIsDone() {
        progress.begin(2);
        progress.ingested(1, 2, RESULT);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(RESULT.line());
    }

    @Test
    void aShortRunPrintsNoProgress() {
        progress.begin(3);
        for (int done = 1; done <= 3; done++) {
            now.addAndGet(Duration.ofMillis(500).toNanos());
            progress.ingested(done, 3, RESULT);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aLongRunPrintsAboutALineASecondAndTheLastFile() {
        progress.begin(10);
        for (int done = 1; done <= 10; done++) {
            now.addAndGet(Duration.ofMillis(600).toNanos());
            progress.ingested(done, 10, RESULT);
        }

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "ingested 4 of 10 files", "ingested 6 of 10 files", "ingested 8 of 10 files", "ingested 10 of 10 files");
    }
}
