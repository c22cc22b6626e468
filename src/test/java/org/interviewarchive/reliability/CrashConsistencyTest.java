package org.interviewarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.interviewarchive.support.ArchiveDatabase;
import org.interviewarchive.support.ChildArchive;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/**
 * Killed with SIGKILL in the middle of an ingest, and again in the middle of rebuilding the search index, the archive
 * starts again with its database and its index in agreement: no half interview, every stored quote searchable.
 */
@StorageTest
class CrashConsistencyTest {

    @Test
    void afterAKilledIngestAndAKilledRebuildTheDatabaseAndTheIndexAgree() throws Exception {
        Path folder = TestArchives.newDataDir("crash-files");
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(path -> path.toString().matches(".*/00\\d_.*")).toList()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
        for (int i = 0; i < 20; i++) {
            Files.writeString(folder.resolve("talk-%02d.txt".formatted(i)), GeneratedTranscripts.conversation(300 + i, 40));
        }
        Path dataDir = TestArchives.newDataDir("crash");

        try (ChildArchive ingest = ChildArchive.start(dataDir, dataDir.resolve("ingest.log"), "ingest",
                folder.toString())) {
            ingest.awaitLine(line -> line.startsWith("OK ") && line.contains("talk-02.txt"), Duration.ofMinutes(3));
            ingest.kill();
        }
        int afterIngest = assertConsistent(dataDir);
        System.out.println("[reliability] killed ingest: " + afterIngest + " interviews whole and searchable");

        deleteIndex(dataDir);
        try (ChildArchive server = ChildArchive.start(dataDir, dataDir.resolve("server.log"), "--server.port=0",
                "--archive.ingest.on-startup=false")) {
            server.awaitLine(line -> line.contains("rebuilding"), Duration.ofMinutes(3));
            server.kill();
        }
        int afterRebuild = assertConsistent(dataDir);
        assertThat(afterRebuild).isEqualTo(afterIngest);
        System.out.println("[reliability] killed index rebuild: " + afterRebuild + " interviews whole and searchable");
    }

    /** Starts the archive on the data directory and checks that its database and index agree; the interview count. */
    private static int assertConsistent(Path dataDir) throws Exception {
        assertThat(ArchiveDatabase.column(dataDir, "select i.slug from interview i where i.quote_count <> "
                + "(select count(*) from quote q where q.interview_id = i.id)")).as("half interviews").isEmpty();
        List<String> slugs = ArchiveDatabase.column(dataDir, "select slug from interview order by slug");
        List<String> counts = ArchiveDatabase.column(dataDir, "select quote_count from interview order by slug");
        try (RunningArchive archive = RunningArchive.start(dataDir, List.of())) {
            for (int i = 0; i < slugs.size(); i++) {
                assertThat(archive.http().json("/api/search?size=1&interview=" + slugs.get(i)).get("total").asInt())
                        .as("quotes of %s found by search", slugs.get(i)).isEqualTo(Integer.parseInt(counts.get(i)));
            }
        }
        return slugs.size();
    }

    private static void deleteIndex(Path dataDir) throws Exception {
        Path index = dataDir.resolve("index");
        if (Files.exists(index)) {
            try (Stream<Path> files = Files.walk(index)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
