package org.interviewarchive.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.archive.ArchiveRevision;
import org.interviewarchive.archive.InterviewDeleted;
import org.interviewarchive.ingest.IngestResult;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Deleting an interview after a confirmation: its quotes' permalinks answer 410 Gone from then on, through restarts,
 * until its file is ingested again by hand.
 */
@StorageTest
class InterviewDeletionTest {

    private static final String SEED = "001_e52f8c32b2a633ba.txt";
    private static final String SLUG = "2024-12-23-oriol-vinyals-drastic-research";
    private static final String OTHER = "2025-12-18-sebastian-borgeaud-gemini-3-pretraining";

    @Test
    void theConfirmationPageNamesTheInterviewAndDeletesNothing() throws Exception {
        try (RunningArchive archive = start(TestArchives.newDataDir("delete-confirm"), seeds("delete-confirm"))) {
            AdminSession admin = AdminSession.signIn(archive.http());
            Document home = admin.page("/admin");
            String confirmPath = home.select("a[href=/admin/interviews/" + SLUG + "/delete]").attr("href");

            Document confirm = admin.page(confirmPath);

            assertThat(confirm.select("h1").text()).isEqualTo("Delete this interview?");
            assertThat(confirm.select("main strong").text())
                    .isEqualTo(archive.http().json("/api/interviews/" + SLUG).get("title").asString());
            assertThat(confirm.select("form[method=post][action=" + confirmPath + "] input[name=_csrf]")).hasSize(1);
            assertThat(slugs(archive)).contains(SLUG, OTHER);
            assertThat(admin.http().get("/admin/interviews/no-such-interview/delete").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void deletingRetiresEveryQuoteIdOfTheInterviewWhichThenAnswers410() throws Exception {
        try (RunningArchive archive = start(TestArchives.newDataDir("delete"), seeds("delete"))) {
            List<String> ids = ids(archive, SLUG);
            List<String> others = ids(archive, OTHER);
            long revision = archive.bean(ArchiveRevision.class).current();
            List<InterviewDeleted> events = archive.events(InterviewDeleted.class);
            AdminSession admin = AdminSession.signIn(archive.http());

            HttpResponse<String> deleted = delete(admin, SLUG);

            assertThat(deleted.statusCode()).isEqualTo(302);
            assertThat(AdminSession.location(deleted)).isEqualTo("/admin");
            assertThat(admin.page("/admin").select(".message").text())
                    .startsWith("Deleted ").endsWith(": " + ids.size() + " quote links now answer that the quote was removed.");
            assertThat(slugs(archive)).containsExactly(OTHER);
            assertThat(archive.http().get("/api/interviews/" + SLUG).statusCode()).isEqualTo(404);
            for (String id : ids) {
                HttpResponse<String> gone = archive.http().get("/api/quotes/" + id);
                assertThat(gone.statusCode()).as(id).isEqualTo(410);
                assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
                assertThat(archive.http().parse(gone.body()).get("detail").asString())
                        .isEqualTo("The quote " + id + " was removed from the archive");
            }
            assertThat(archive.http().get("/api/quotes/" + others.getFirst()).statusCode()).isEqualTo(200);
            assertThat(archive.bean(ArchiveRevision.class).current()).isEqualTo(revision + 1);
            assertThat(events).containsExactly(new InterviewDeleted(SLUG, revision + 1));
        }
    }

    @Test
    void aRestartLeavesItDeletedAndIngestingItsFileBringsItBackUnderTheSameIds() throws Exception {
        Path dataDir = TestArchives.newDataDir("delete-restart");
        Path seeds = seeds("delete-restart");
        List<String> ids;
        try (RunningArchive archive = start(dataDir, seeds)) {
            ids = ids(archive, SLUG);
            delete(AdminSession.signIn(archive.http()), SLUG);
        }
        try (RunningArchive archive = start(dataDir, seeds)) {
            assertThat(slugs(archive)).containsExactly(OTHER);
            assertThat(archive.http().get("/api/quotes/" + ids.getFirst()).statusCode()).isEqualTo(410);

            List<IngestResult> again = archive.bean(IngestService.class).ingest(List.of(seeds.resolve(SEED)));

            assertThat(again).singleElement().isInstanceOf(IngestResult.Stored.class);
            assertThat(ids(archive, SLUG)).isEqualTo(ids);
            assertThat(archive.http().get("/api/quotes/" + ids.getFirst()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anOldIdThatRedirectedIntoTheDeletedInterviewAnswers410Too() throws Exception {
        Path seeds = seeds("delete-redirect");
        try (RunningArchive archive = start(TestArchives.newDataDir("delete-redirect"), seeds)) {
            String oldId = archive.http().json("/api/interviews/" + SLUG).get("quotes").get(3).get("id").asString();
            String oldText = archive.http().json("/api/quotes/" + oldId).get("text").asString();
            Path file = seeds.resolve(SEED);
            Files.writeString(file, Files.readString(file).replace(oldText, oldText + "（更正）"));
            archive.bean(IngestService.class).ingest(List.of(file));
            assertThat(archive.http().get("/api/quotes/" + oldId).statusCode()).isEqualTo(301);

            delete(AdminSession.signIn(archive.http()), SLUG);

            assertThat(archive.http().get("/api/quotes/" + oldId).statusCode()).isEqualTo(410);
        }
    }

    private static RunningArchive start(Path dataDir, Path seeds) {
        return RunningArchive.start(dataDir, List.of(seeds), AdminSession.properties());
    }

    /** Two seeds with their sidecars, in a folder of their own that a test may change. */
    private static Path seeds(String name) throws Exception {
        Path folder = TestArchives.newDataDir(name + "-seeds");
        for (String file : List.of(SEED, "004_9a122047a2b9f6eb.txt")) {
            Files.copy(Path.of("seeds", file), folder.resolve(file));
            String sidecar = file.replace(".txt", ".meta.yml");
            Files.copy(Path.of("seeds", sidecar), folder.resolve(sidecar));
        }
        return folder;
    }

    private static HttpResponse<String> delete(AdminSession admin, String slug) {
        Document confirm = admin.page("/admin/interviews/" + slug + "/delete");
        return admin.submit(confirm, "main form[method=post]");
    }

    private static List<String> slugs(RunningArchive archive) {
        List<String> slugs = new ArrayList<>();
        archive.http().json("/api/interviews").forEach(interview -> slugs.add(interview.get("slug").asString()));
        return slugs;
    }

    private static List<String> ids(RunningArchive archive, String slug) {
        List<String> ids = new ArrayList<>();
        for (JsonNode quote : archive.http().json("/api/interviews/" + slug).get("quotes")) {
            ids.add(quote.get("id").asString());
        }
        return ids;
    }
}
