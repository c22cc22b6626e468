package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Quote ids survive re-ingests and restarts, and a corrected transcript redirects the ids it changed. */
@StorageTest
class PermalinkStabilityTest {

    private static final String SEED = "001_e52f8c32b2a633ba.txt";
    private static final String SLUG = "2024-12-23-oriol-vinyals-drastic-research";

    @Test
    void aRestartAndAReingestOfTheSameFileKeepEveryIdAndWriteNothing() throws Exception {
        Path dataDir = TestArchives.newDataDir("restart");
        Path seeds = copySeed(TestArchives.newDataDir("restart-seeds"));
        List<String> before;
        try (RunningArchive archive = RunningArchive.start(dataDir, List.of(seeds))) {
            before = ids(archive.http().json("/api/interviews/" + SLUG));
            assertThat(before).hasSizeGreaterThan(68).doesNotHaveDuplicates();
        }
        try (RunningArchive archive = RunningArchive.start(dataDir, List.of(seeds))) {
            assertThat(ids(archive.http().json("/api/interviews/" + SLUG))).isEqualTo(before);
            List<IngestResult> again = archive.bean(IngestService.class).ingest(List.of(seeds));
            assertThat(again).singleElement().isInstanceOf(IngestResult.Unchanged.class);
            assertThat(again.getFirst().line()).isEqualTo("UNCHANGED " + seeds.resolve(SEED) + " " + SLUG);
            assertThat(ids(archive.http().json("/api/interviews/" + SLUG))).isEqualTo(before);
        }
    }

    @Test
    void aNewIngestVersionParsesEveryFileAgainAndKeepsTheIdsOfUnchangedQuotes() throws Exception {
        Path seeds = copySeed(TestArchives.newDataDir("version-seeds"));
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("version"), List.of(seeds))) {
            List<String> before = ids(archive.http().json("/api/interviews/" + SLUG));
            // As if the stored interview had been parsed by an older ingest.
            archive.bean(JdbcClient.class).sql("update interview set ingest_version = ingest_version - 1").update();

            List<IngestResult> again = archive.bean(IngestService.class).ingest(List.of(seeds));

            assertThat(again).singleElement().isInstanceOf(IngestResult.Stored.class);
            assertThat(ids(archive.http().json("/api/interviews/" + SLUG))).isEqualTo(before);
        }
    }

    @Test
    void aCorrectedQuoteRedirectsPermanentlyToItsNewText() throws Exception {
        Path seeds = copySeed(TestArchives.newDataDir("corrected-seeds"));
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("corrected"), List.of(seeds))) {
            JsonNode original = archive.http().json("/api/interviews/" + SLUG).get("quotes");
            JsonNode corrected = find(original, "当然可以！我经常告诉我的团队");
            String oldId = corrected.get("id").asString();

            Path file = seeds.resolve(SEED);
            Files.writeString(file, Files.readString(file).replace("我经常告诉我的团队", "我总是告诉我的团队"));
            List<IngestResult> results = archive.bean(IngestService.class).ingest(List.of(seeds));
            assertThat(results).singleElement().isInstanceOf(IngestResult.Stored.class);

            JsonNode now = archive.http().json("/api/interviews/" + SLUG).get("quotes");
            String newId = find(now, "我总是告诉我的团队").get("id").asString();
            assertThat(newId).isNotEqualTo(oldId);
            assertThat(ids(now)).hasSameSizeAs(ids(original)).doesNotContain(oldId);
            List<String> unchanged = new ArrayList<>(ids(original));
            unchanged.remove(oldId);
            assertThat(ids(now)).containsAll(unchanged);

            var moved = archive.http().get("/api/quotes/" + oldId);
            assertThat(moved.statusCode()).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).hasValue("/api/quotes/" + newId);
            assertThat(archive.http().json("/api/quotes/" + newId).get("text").asString()).contains("我总是告诉我的团队");
        }
    }

    private static Path copySeed(Path folder) throws Exception {
        Files.copy(Path.of("seeds", SEED), folder.resolve(SEED));
        Files.copy(Path.of("seeds", SEED.replace(".txt", ".meta.yml")), folder.resolve(SEED.replace(".txt", ".meta.yml")));
        return folder;
    }

    private static JsonNode find(JsonNode quotes, String fragment) {
        for (JsonNode quote : quotes) {
            if (quote.get("text").asString().contains(fragment)) {
                return quote;
            }
        }
        throw new AssertionError("no quote contains " + fragment);
    }

    private static List<String> ids(JsonNode interviewOrQuotes) {
        JsonNode quotes = interviewOrQuotes.has("quotes") ? interviewOrQuotes.get("quotes") : interviewOrQuotes;
        List<String> ids = new ArrayList<>();
        quotes.forEach(quote -> ids.add(quote.get("id").asString()));
        return ids;
    }
}
