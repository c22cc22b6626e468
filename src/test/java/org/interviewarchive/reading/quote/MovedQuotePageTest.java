package org.interviewarchive.reading.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A shared link to a quote whose text was later corrected still leads to that quote, permanently. */
class MovedQuotePageTest {

    private static final String SEED = "001_e52f8c32b2a633ba";
    private static final String SLUG = "2024-12-23-oriol-vinyals-drastic-research";

    @Test
    void theOldPermalinkRedirectsPermanentlyToTheCorrectedQuotesPage() throws Exception {
        Path seeds = TestArchives.newDataDir("moved-page-seeds");
        Files.copy(Path.of("seeds", SEED + ".txt"), seeds.resolve(SEED + ".txt"));
        Files.copy(Path.of("seeds", SEED + ".meta.yml"), seeds.resolve(SEED + ".meta.yml"));
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("moved-page"), List.of(seeds))) {
            String oldId = idOf(archive.http().json("/api/interviews/" + SLUG), "我经常告诉我的团队");
            Path file = seeds.resolve(SEED + ".txt");
            Files.writeString(file, Files.readString(file).replace("我经常告诉我的团队", "我总是告诉我的团队"));
            archive.bean(IngestService.class).ingest(List.of(seeds));
            String newId = idOf(archive.http().json("/api/interviews/" + SLUG), "我总是告诉我的团队");

            HttpResponse<String> moved = archive.http().get("/q/" + oldId);

            assertThat(moved.statusCode()).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).hasValue("/q/" + newId);
            assertThat(archive.http().html("/q/" + newId).selectFirst(".quote-main .text").text()).contains("我总是告诉我的团队");
        }
    }

    private static String idOf(JsonNode interview, String fragment) {
        for (JsonNode quote : interview.get("quotes")) {
            if (quote.get("text").asString().contains(fragment)) {
                return quote.get("id").asString();
            }
        }
        throw new AssertionError("no quote contains " + fragment);
    }
}
