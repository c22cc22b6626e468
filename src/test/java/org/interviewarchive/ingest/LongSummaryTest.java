package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/** An interview whose summary runs to tens of thousands of characters is stored whole, on H2 and PostgreSQL. */
@StorageTest
class LongSummaryTest {

    @Test
    void aSummaryOfThirtyThousandCharactersIsStoredWithItsInterview() throws Exception {
        Path folder = TestArchives.newDataDir("long-summary-files");
        Files.copy(Path.of("seeds", "004_9a122047a2b9f6eb.txt"), folder.resolve("long.txt"));
        String summary = "这是一段很长的简介。".repeat(3_000);
        Files.writeString(folder.resolve("long.meta.yml"), "slug: long-summary\nsummary: " + summary + "\n");
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("long-summary"), List.of(folder))) {
            assertThat(archive.http().json("/api/interviews/long-summary").get("summary").asString())
                    .isEqualTo(summary);
        }
    }
}
