package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.interviewarchive.ingest.IngestResult;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.ingest.InterviewDeletion;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.NeedsPostgres;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database, each with its own index: what one imports the other finds within five
 * seconds, what one deletes the other stops finding, and a restart of either loses nothing.
 */
@NeedsPostgres
class SeveralInstancesTest {

    private static final String ZANZIBAR = "/api/search?q=zanzibar";

    @Test
    void anInterviewImportedThroughOneIsSearchableOnTheOtherWithinFiveSeconds() throws Exception {
        Path first = TestArchives.newDataDir("instance-a");
        Path second = TestArchives.newDataDir("instance-b");
        Path files = TestArchives.newDataDir("instances-files");
        // A talk of its own: a copy of a seed would be a duplicate, not stored.
        Files.writeString(files.resolve("notes-copy.txt"), GeneratedTranscripts.conversation(42, 12)
                + "Ann Lee: 还有更多 Zanzibar 可以做的。\n");
        try (RunningArchive a = RunningArchive.start(TestDatabase.POSTGRES, first, List.of(Path.of("seeds")))) {
            sameDatabase(first, second);
            try (RunningArchive b = RunningArchive.start(TestDatabase.POSTGRES, second, List.of())) {
                int seeds = b.http().json("/api/search?q=%E8%92%B8%E9%A6%8F").get("total").asInt();
                assertThat(seeds).isEqualTo(a.http().json("/api/search?q=%E8%92%B8%E9%A6%8F").get("total").asInt())
                        .isPositive();

                List<IngestResult> imported = a.bean(IngestService.class).ingest(List.of(files));
                assertThat(imported).singleElement().isInstanceOf(IngestResult.Stored.class);
                String slug = ((IngestResult.Stored) imported.getFirst()).slug();
                assertThat(a.http().json(ZANZIBAR).get("total").asInt()).isEqualTo(1);
                await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                        .until(() -> b.http().json(ZANZIBAR).get("total").asInt() == 1);

                assertThat(a.bean(InterviewDeletion.class).delete(slug)).isPresent();
                await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                        .until(() -> b.http().json(ZANZIBAR).get("total").asInt() == 0);
            }
            try (RunningArchive b = RunningArchive.start(TestDatabase.POSTGRES, second, List.of())) {
                assertThat(b.http().json("/api/interviews").size()).isEqualTo(5);
                assertThat(b.http().json(ZANZIBAR).get("total").asInt()).isZero();
            }
        }
    }

    /** Points the second data directory at the first one's database schema. */
    private static void sameDatabase(Path first, Path second) throws Exception {
        Files.copy(first.resolve("postgres-schema"), second.resolve("postgres-schema"));
    }
}
