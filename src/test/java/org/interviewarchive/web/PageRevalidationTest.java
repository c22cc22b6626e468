package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/**
 * A reader who has a page already is told it has not changed, without the page being made again, until the archive
 * changes; a page in another language is another page; the admin's pages are never validated that way.
 */
@StorageTest
class PageRevalidationTest {

    private static final String SEED = "001_e52f8c32b2a633ba.txt";
    private static final String SLUG = "2024-12-23-oriol-vinyals-drastic-research";

    @Test
    void anUnchangedPageAnswers304UntilAnImportChangesTheArchive() throws Exception {
        Path seeds = seeds("revalidate");
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("revalidate"), List.of(seeds),
                AdminSession.properties())) {
            Http http = archive.http();
            for (String path : List.of("/", "/interviews/" + SLUG, "/search?q=Gemini", "/api/interviews")) {
                HttpResponse<String> first = http.get(path);
                String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
                assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");

                HttpResponse<String> again = http.get(path, "If-None-Match", tag);
                assertThat(again.statusCode()).as(path).isEqualTo(304);
                assertThat(again.body()).as(path).isEmpty();
            }
            String homeTag = http.get("/").headers().firstValue("ETag").orElseThrow();

            Files.copy(Path.of("seeds", "004_9a122047a2b9f6eb.txt"), seeds.resolve("004_9a122047a2b9f6eb.txt"));
            archive.bean(IngestService.class).ingest(List.of(seeds.resolve("004_9a122047a2b9f6eb.txt")));

            HttpResponse<String> changed = http.get("/", "If-None-Match", homeTag);
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag")).get().isNotEqualTo(homeTag);
        }
    }

    @Test
    void theSamePageInEnglishHasItsOwnValidator() throws Exception {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("revalidate-lang"),
                List.of(seeds("revalidate-lang")), AdminSession.properties())) {
            Http http = archive.http();
            String chinese = http.get("/interviews/" + SLUG).headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> english = http.get("/interviews/" + SLUG + "?lang=en", "If-None-Match", chinese);

            assertThat(english.statusCode()).isEqualTo(200);
            assertThat(english.body()).contains("lang=\"en\"");
            assertThat(english.headers().firstValue("ETag")).get().isNotEqualTo(chinese);
        }
    }

    @Test
    void theAdminPagesCarryNoValidatorAndAreNeverStored() throws Exception {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("revalidate-admin"),
                List.of(seeds("revalidate-admin")), AdminSession.properties())) {
            AdminSession admin = AdminSession.signIn(archive.http());

            HttpResponse<String> list = admin.http().get("/admin");
            HttpResponse<String> publicPageSignedIn = admin.http().get("/interviews/" + SLUG);

            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.headers().firstValue("ETag")).isEmpty();
            assertThat(list.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
            assertThat(publicPageSignedIn.headers().firstValue("ETag")).isEmpty();
        }
    }

    private static Path seeds(String name) throws Exception {
        Path folder = TestArchives.newDataDir(name + "-seeds");
        Files.copy(Path.of("seeds", SEED), folder.resolve(SEED));
        Files.copy(Path.of("seeds", SEED.replace(".txt", ".meta.yml")), folder.resolve(SEED.replace(".txt", ".meta.yml")));
        return folder;
    }
}
