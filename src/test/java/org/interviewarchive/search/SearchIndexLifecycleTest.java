package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.interviewarchive.ingest.IngestResult;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The index follows the database: rebuilt at start when missing, unreadable or behind, updated on every ingest. */
class SearchIndexLifecycleTest {

    private static final String NOTES = "004_9a122047a2b9f6eb.txt";
    private static final String DISTILLATION = "/api/search?q=" + Http.encode("蒸馏");

    @Test
    void aMissingIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
        Path dataDir = TestArchives.newDataDir("index-missing");
        int before = startAndCount(dataDir, List.of(Path.of("seeds")));
        deleteRecursively(dataDir.resolve("index"));
        assertThat(startAndCount(dataDir, List.of())).isEqualTo(before).isPositive();
    }

    @Test
    void anUnreadableIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
        Path dataDir = TestArchives.newDataDir("index-unreadable");
        int before = startAndCount(dataDir, List.of(Path.of("seeds")));
        try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        assertThat(startAndCount(dataDir, List.of())).isEqualTo(before).isPositive();
    }

    @Test
    void anIndexBehindTheDatabaseIsRebuiltAtStart() throws Exception {
        Path dataDir = TestArchives.newDataDir("index-behind");
        try (RunningArchive archive = RunningArchive.start(dataDir, List.of(Path.of("seeds")))) {
            assertThat(archive.http().json(DISTILLATION).get("total").asInt()).isPositive();
            // A change the index never heard of: the quotes about distillation gone from the database.
            JdbcClient jdbc = archive.bean(JdbcClient.class);
            jdbc.sql("delete from quote_redirect").update();
            jdbc.sql("delete from quote where text like '%蒸馏%'").update();
            jdbc.sql("update archive_revision set revision = revision + 1").update();
        }
        assertThat(startAndCount(dataDir, List.of())).isZero();
    }

    @Test
    void anIngestedInterviewIsSearchableAsSoonAsItsIngestReturns() throws Exception {
        Path folder = TestArchives.newDataDir("index-ingest-files");
        Files.writeString(folder.resolve(NOTES), Files.readString(Path.of("seeds", NOTES))
                .replace("还有更多我们可以做的", "还有更多 Zanzibar 可以做的"));
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("index-ingest"), List.of())) {
            assertThat(archive.http().json("/api/search?q=Zanzibar").get("total").asInt()).isZero();
            List<IngestResult> results = archive.bean(IngestService.class).ingest(List.of(folder));
            assertThat(results).singleElement().isInstanceOf(IngestResult.Stored.class);
            assertThat(archive.http().json("/api/search?q=zanzibar").get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void searchesKeepAnsweringWhileTheIndexIsRebuilt() throws Exception {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("index-rebuild"), List.of(Path.of("seeds")))) {
            Http http = archive.http();
            int expected = http.json(DISTILLATION).get("total").asInt();
            SearchIndexer indexer = archive.bean(SearchIndexer.class);
            ExecutorService searchers = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<Integer>>> running = new ArrayList<>();
                for (int thread = 0; thread < 2; thread++) {
                    running.add(searchers.submit(() -> {
                        List<Integer> totals = new ArrayList<>();
                        for (int i = 0; i < 40; i++) {
                            totals.add(http.json(DISTILLATION).get("total").asInt());
                        }
                        return totals;
                    }));
                }
                for (int rebuild = 0; rebuild < 3; rebuild++) {
                    indexer.rebuild();
                }
                for (Future<List<Integer>> totals : running) {
                    assertThat(totals.get()).containsOnly(expected);
                }
            } finally {
                searchers.shutdownNow();
            }
        }
    }

    private static int startAndCount(Path dataDir, List<Path> ingest) {
        try (RunningArchive archive = RunningArchive.start(dataDir, ingest)) {
            return archive.http().json(DISTILLATION).get("total").asInt();
        }
    }

    private static void deleteRecursively(Path path) throws Exception {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
