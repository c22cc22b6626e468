package org.interviewarchive.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.Multipart;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Before an upload is stored, the import page shows what the ingest made of it; the admin says who each label is, and
 * importing the same file again later maps its labels the same way.
 */
@StorageTest
class ImportPreviewTest {

    private static RunningArchive archive;
    private static AdminSession admin;

    @BeforeAll
    static void start() {
        archive = RunningArchive.start(TestArchives.newDataDir("import-preview"), List.of(), AdminSession.properties());
        admin = AdminSession.signIn(archive.http());
    }

    @AfterAll
    static void stop() {
        archive.close();
    }

    @Test
    void thePreviewShowsTheLayoutTheLabelsAndTheFirstTurnsAndStoresNothing() {
        Document preview = preview("panel.srt", srt("Welcome to the panel"));

        assertThat(preview.select(".preview h3").eachText()).containsExactly("panel.srt");
        assertThat(preview.select(".preview p").eachText()).contains("Layout: subtitle cues, 5 quotes");
        assertThat(preview.select(".preview tbody tr").eachText())
                .containsExactly("Speaker 0 3 — HOST GUEST NARRATOR", "Speaker 1 2 — HOST GUEST NARRATOR");
        assertThat(preview.select(".preview ol li").eachText()).first().asString()
                .isEqualTo("Speaker 0 [0:00]: Welcome to the panel. Today I am joined by the person who leads the models.");
        assertThat(archive.http().json("/api/interviews")).isEmpty();
    }

    @Test
    void theLabelsBecomeThePeopleChosenAndAnImportOfTheSameFileLaterKeepsThem() {
        Document preview = preview("mapped.srt", srt("Hello and welcome"));

        HttpResponse<String> imported = admin.submit(preview, "#confirm-import", Map.of(
                "f0.person0", "Ada Lovelace", "f0.role0", "HOST", "f0.person1", "Charles Babbage"));

        assertThat(imported.statusCode()).isEqualTo(200);
        String line = Jsoup.parse(imported.body()).selectFirst("li code").text();
        assertThat(line).startsWith("OK ").endsWith(" 5 quotes");
        String slug = line.split(" ")[2];
        assertThat(people(slug)).isEqualTo(Map.of("Ada Lovelace", "HOST 3", "Charles Babbage", "GUEST 2"));

        HttpResponse<String> again = admin.upload(new Multipart()
                .file("files", "mapped.srt", srt("Hello again and welcome").getBytes(StandardCharsets.UTF_8))
                .field("action", "import"));
        assertThat(Jsoup.parse(again.body()).selectFirst("li code").text()).startsWith("OK ");
        assertThat(people(slug)).isEqualTo(Map.of("Ada Lovelace", "HOST 3", "Charles Babbage", "GUEST 2"));
    }

    private static Document preview(String name, String transcript) {
        HttpResponse<String> response = admin.upload(new Multipart()
                .file("files", name, transcript.getBytes(StandardCharsets.UTF_8))
                .field("action", "preview"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Jsoup.parse(response.body(), archive.http().url("/admin/import"));
    }

    private static Map<String, String> people(String slug) {
        JsonNode speakers = archive.http().json("/api/interviews/" + slug).get("speakers");
        return speakers.valueStream().collect(Collectors.toMap(speaker -> speaker.get("name").asString(),
                speaker -> speaker.get("role").asString() + " " + speaker.get("turns").asInt()));
    }

    /** Five cues labelled the way transcription services do: Speaker 0 three times, Speaker 1 twice. */
    private static String srt(String opening) {
        String[][] turns = {
                {"Speaker 0", opening + ". Today I am joined by the person who leads the models."},
                {"Speaker 1", "Thanks for having me. It has been a busy year for everyone on the team."},
                {"Speaker 0", "What changed the most between the last two generations of the model?"},
                {"Speaker 1", "Mostly the way we evaluate. We built harder tests and then trained toward them."},
                {"Speaker 0", "That is a great place to stop. Thank you for joining us today on the show."}};
        return IntStream.range(0, turns.length)
                .mapToObj(i -> (i + 1) + "\n00:00:" + String.format("%02d", i * 5) + ",000 --> 00:00:"
                        + String.format("%02d", i * 5 + 4) + ",500\n" + turns[i][0] + ": " + turns[i][1] + "\n")
                .collect(Collectors.joining("\n"));
    }
}
