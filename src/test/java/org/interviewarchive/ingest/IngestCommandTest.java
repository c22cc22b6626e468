package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/** The batch command prints one line per file and tells by its exit code whether anything was refused. */
class IngestCommandTest {

    @Test
    void printsOneLinePerFileAndExitsOneWhenAFileWasRefused() throws Exception {
        Path folder = TestArchives.newDataDir("command-files");
        Files.copy(Path.of("seeds", "004_9a122047a2b9f6eb.txt"), folder.resolve("004_9a122047a2b9f6eb.txt"));
        Files.copy(Path.of("seeds", "004_9a122047a2b9f6eb.meta.yml"), folder.resolve("004_9a122047a2b9f6eb.meta.yml"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        String dataDir = "--archive.data-dir=" + TestArchives.newDataDir("command");

        Run first = run(folder.toString(), dataDir);
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.lines()).containsExactly(
                "OK " + folder.resolve("004_9a122047a2b9f6eb.txt") + " 2025-12-18-sebastian-borgeaud-gemini-3-pretraining "
                        + first.quotesOf("004_9a122047a2b9f6eb.txt") + " quotes",
                "REFUSED " + folder.resolve("empty.txt") + ": the file is empty");
        assertThat(first.quotesOf("004_9a122047a2b9f6eb.txt")).isGreaterThan(20);

        Run second = run(folder.resolve("004_9a122047a2b9f6eb.txt").toString(), dataDir);
        assertThat(second.exitCode()).isZero();
        assertThat(second.lines()).containsExactly("UNCHANGED " + folder.resolve("004_9a122047a2b9f6eb.txt")
                + " 2025-12-18-sebastian-borgeaud-gemini-3-pretraining");
    }

    @Test
    void withoutPathsItExplainsItsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = IngestCommand.run(new String[0], new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ingest PATH...");
    }

    private record Run(int exitCode, java.util.List<String> lines) {
        int quotesOf(String file) {
            return lines.stream().filter(line -> line.startsWith("OK ") && line.contains(file))
                    .map(line -> line.split(" "))
                    .mapToInt(parts -> Integer.parseInt(parts[parts.length - 2]))
                    .findFirst().orElse(-1);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = IngestCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
