package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.interviewarchive.support.ChildArchive;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The command-line ingest on the files of a running server's embedded database says so in one line. */
class ArchiveInUseTest {

    @Test
    void theIngestCommandSaysTheArchiveIsInUseAndHowToImportInstead() throws Exception {
        Path dataDir = TestArchives.newDataDir("in-use");
        Path file = TestArchives.newDataDir("in-use-files").resolve("talk.txt");
        Files.writeString(file, GeneratedTranscripts.conversation(1, 10));
        Path errors = dataDir.resolve("command.err");
        try (RunningArchive server = RunningArchive.start(TestDatabase.H2, dataDir, List.of());
                ChildArchive command = ChildArchive.start(dataDir, errors, "ingest", file.toString())) {
            assertThat(command.exitCode(Duration.ofMinutes(2))).isEqualTo(IngestCommand.ARCHIVE_IN_USE);
            assertThat(command.remainingLines()).noneMatch(line -> line.startsWith("OK "));
        }
        List<String> said = Files.readAllLines(errors).stream().filter(line -> !line.startsWith("WARNING")).toList();
        assertThat(said).singleElement().asString()
                .startsWith("The archive is in use by a running server").contains("/admin/import");
    }
}
