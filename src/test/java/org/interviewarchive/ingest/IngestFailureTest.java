package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.interviewarchive.ArchiveApplication;
import org.interviewarchive.support.ArchiveDatabase;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A fault of the archive's own on one file is no refusal: it is reported as FAILED in words, the other files still
 * ingest, and the command exits with a code of its own.
 */
@StorageTest
class IngestFailureTest {

    @Test
    void anInternalErrorOnOneFileIsReportedAsFailedAndTheOthersStillIngest() throws Exception {
        Path folder = TestArchives.newDataDir("failure-files");
        Path dataDir = TestArchives.newDataDir("failure");
        String[] options = Stream.concat(Stream.of("--archive.data-dir=" + dataDir),
                TestDatabase.underTest().properties(dataDir).entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue()))
                .toArray(String[]::new);
        Files.writeString(folder.resolve("a-first.txt"), GeneratedTranscripts.conversation(1, 10));
        assertThat(run(folder.resolve("a-first.txt"), options).exitCode()).isZero();
        // The database turns down one title, as a fault of the archive's own would.
        ArchiveDatabase.execute(dataDir, "alter table interview add constraint no_boom check (title <> 'Boom')");
        Files.writeString(folder.resolve("b-boom.txt"), "---\ntitle: Boom\n---\n\n"
                + GeneratedTranscripts.conversation(2, 10));
        Files.writeString(folder.resolve("c-after.txt"), GeneratedTranscripts.conversation(3, 10));
        Files.write(folder.resolve("d-empty.txt"), new byte[0]);

        Run run = run(folder, options);

        assertThat(run.lines()).hasSize(4);
        assertThat(run.lines().get(0)).startsWith("UNCHANGED " + folder.resolve("a-first.txt"));
        assertThat(run.lines().get(1)).isEqualTo("FAILED " + folder.resolve("b-boom.txt")
                + ": the archive failed on it by an internal error (the log has the details); nothing of it was stored");
        assertThat(run.lines().get(2)).startsWith("OK " + folder.resolve("c-after.txt"));
        assertThat(run.lines().get(3)).startsWith("REFUSED " + folder.resolve("d-empty.txt"));
        assertThat(run.exitCode()).isEqualTo(IngestCommand.SOME_FAILED).isNotEqualTo(IngestCommand.SOME_REFUSED);
        assertThat(ArchiveDatabase.column(dataDir, "select source_file from interview order by source_file"))
                .containsExactly("a-first.txt", "c-after.txt");
    }

    private record Run(int exitCode, List<String> lines) {
    }

    private static Run run(Path path, String... options) {
        String[] args = Stream.concat(Stream.of(path.toString()), Stream.of(options)).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = IngestCommand.run(ArchiveApplication.class, args,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
