package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.interviewarchive.ArchiveApplication;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The batch command prints one line per file and tells by its exit code whether anything was refused. */
@StorageTest
class IngestCommandTest {

    @Test
    void printsOneLinePerFileAndExitsOneWhenAFileWasRefused() throws Exception {
        Path folder = TestArchives.newDataDir("command-files");
        Files.copy(Path.of("seeds", "004_9a122047a2b9f6eb.txt"), folder.resolve("004_9a122047a2b9f6eb.txt"));
        Files.copy(Path.of("seeds", "004_9a122047a2b9f6eb.meta.yml"), folder.resolve("004_9a122047a2b9f6eb.meta.yml"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path dataDir = TestArchives.newDataDir("command");
        String[] options = Stream.concat(Stream.of("--archive.data-dir=" + dataDir),
                TestDatabase.underTest().properties(dataDir).entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue()))
                .toArray(String[]::new);

        Run first = run(folder.toString(), options);
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.lines()).containsExactly(
                "OK " + folder.resolve("004_9a122047a2b9f6eb.txt") + " 2025-12-18-sebastian-borgeaud-gemini-3-pretraining "
                        + first.quotesOf("004_9a122047a2b9f6eb.txt") + " quotes",
                "REFUSED " + folder.resolve("empty.txt") + ": the file is empty");
        assertThat(first.quotesOf("004_9a122047a2b9f6eb.txt")).isGreaterThan(20);

        Run second = run(folder.resolve("004_9a122047a2b9f6eb.txt").toString(), options);
        assertThat(second.exitCode()).isZero();
        assertThat(second.lines()).containsExactly("UNCHANGED " + folder.resolve("004_9a122047a2b9f6eb.txt")
                + " 2025-12-18-sebastian-borgeaud-gemini-3-pretraining");
    }

    @Test
    void withoutPathsItExplainsItsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = IngestCommand.run(ArchiveApplication.class, new String[0], new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ingest [--dry-run] PATH...");
    }

    private record Run(int exitCode, java.util.List<String> lines) {
        int quotesOf(String file) {
            return lines.stream().filter(line -> line.startsWith("OK ") && line.contains(file))
                    .map(line -> line.split(" "))
                    .mapToInt(parts -> Integer.parseInt(parts[parts.length - 2]))
                    .findFirst().orElse(-1);
        }
    }

    private static Run run(String path, String... options) {
        String[] args = Stream.concat(Stream.of(path), Arrays.stream(options)).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = IngestCommand.run(ArchiveApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
