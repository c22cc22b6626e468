package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.interviewarchive.support.ArchiveDatabase;
import org.interviewarchive.support.ChildArchive;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/** An ingest reported OK survives a crash: killed with SIGKILL right after an OK line, the interview is there. */
@StorageTest
class KilledIngestDurabilityTest {

    @Test
    void interviewsReportedOkAreThereAfterTheIngestIsKilled() throws Exception {
        Path folder = TestArchives.newDataDir("killed-ingest-files");
        for (int i = 0; i < 40; i++) {
            Files.writeString(folder.resolve("talk-%02d.txt".formatted(i)), GeneratedTranscripts.conversation(100 + i, 30));
        }
        Path dataDir = TestArchives.newDataDir("killed-ingest");
        List<String> reported;
        try (ChildArchive child = ChildArchive.start(dataDir, dataDir.resolve("child.log"), "ingest", folder.toString())) {
            child.awaitLine(line -> line.startsWith("OK ") && line.contains("talk-03.txt"), Duration.ofMinutes(3));
            child.kill();
            reported = child.lines().stream().filter(line -> line.startsWith("OK "))
                    .map(line -> Path.of(line.split(" ")[1]).getFileName().toString()).toList();
        }
        assertThat(reported).hasSizeGreaterThanOrEqualTo(4);

        // Opening the database again is its restart: every interview reported is there, whole.
        assertThat(ArchiveDatabase.column(dataDir, "select source_file from interview")).containsAll(reported);
        assertThat(ArchiveDatabase.column(dataDir, "select i.source_file from interview i where i.quote_count <> "
                + "(select count(*) from quote q where q.interview_id = i.id)")).isEmpty();
    }
}
