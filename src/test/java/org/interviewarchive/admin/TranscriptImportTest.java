package org.interviewarchive.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.interviewarchive.ingest.IngestResult;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.Multipart;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Uploaded transcripts go through the command line's ingest: the import page shows its report lines and links to the
 * new interviews, keeps the files so that importing them again changes nothing, and explains a too large upload.
 */
@StorageTest
class TranscriptImportTest {

    private static final Path DATA_DIR = TestArchives.newDataDir("import");
    private static RunningArchive archive;
    private static AdminSession admin;

    @BeforeAll
    static void start() {
        List<String> properties = new ArrayList<>(List.of(AdminSession.properties()));
        properties.add("archive.ingest.max-file-size=64KB");
        archive = RunningArchive.start(DATA_DIR, List.of(), properties.toArray(String[]::new));
        admin = AdminSession.signIn(archive.http());
    }

    @AfterAll
    static void stop() {
        archive.close();
    }

    @Test
    void aCopyOfASeedImportsWithAnOkLineAndALinkToTheNewInterview() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("seeds", "001_e52f8c32b2a633ba.txt"));

        Document page = upload(new Multipart().file("files", "wechat-copy.txt", seed));

        Element line = page.selectFirst("li:has(code.OK)");
        String text = line.selectFirst("code").text();
        assertThat(text).matches("OK " + uploads().resolve("wechat-copy.txt") + " \\S+ \\d+ quotes");
        String slug = text.split(" ")[2];
        assertThat(line.selectFirst("a").attr("href")).isEqualTo("/interviews/" + slug);
        JsonNode interview = archive.http().json("/api/interviews/" + slug);
        assertThat(interview.get("sourceFile").asString()).isEqualTo("wechat-copy.txt");
        assertThat(interview.get("quotes").size()).isEqualTo(Integer.parseInt(text.split(" ")[3]));
        assertThat(slugs()).contains(slug);
    }

    @Test
    void subtitleFilesImportWithTheSpeakersAndDetailsGivenOnThePage() {
        Multipart form = new Multipart()
                .file("files", "release-notes.srt", srt().getBytes(StandardCharsets.UTF_8))
                .file("files", "release-notes.vtt", vtt().getBytes(StandardCharsets.UTF_8))
                .field("date", "2025-06-05")
                .field("source", "Release Notes")
                .field("speakers", "Speaker 0 = Logan Kilpatrick\nSpeaker 1 = Koray Kavukcuoglu");

        List<String> lines = lines(upload(form));

        assertThat(lines).hasSize(2).allMatch(line -> line.startsWith("OK "));
        for (String line : lines) {
            JsonNode interview = archive.http().json("/api/interviews/" + line.split(" ")[2]);
            assertThat(interview.get("date").asString()).isEqualTo("2025-06-05");
            assertThat(interview.get("source").asString()).isEqualTo("Release Notes");
            assertThat(turnsBySpeaker(interview)).isEqualTo(Map.of("logan-kilpatrick", 3, "koray-kavukcuoglu", 2));
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothingOnThePageAsOnTheCommandLine() {
        Multipart form = new Multipart()
                .file("files", "again.srt", againSrt().getBytes(StandardCharsets.UTF_8))
                .field("title", "The same talk")
                .field("speakers", "Speaker 0 = Logan Kilpatrick");
        String first = lines(upload(form)).getFirst();
        assertThat(first).startsWith("OK ");
        String slug = first.split(" ")[2];

        Multipart same = new Multipart()
                .file("files", "again.srt", againSrt().getBytes(StandardCharsets.UTF_8))
                .field("title", "The same talk")
                .field("speakers", "Speaker 0 = Logan Kilpatrick");
        assertThat(lines(upload(same))).containsExactly("UNCHANGED " + uploads().resolve("again.srt") + " " + slug);

        List<IngestResult> command = archive.bean(IngestService.class).ingest(List.of(uploads().resolve("again.srt")));
        assertThat(command).extracting(IngestResult::line)
                .containsExactly("UNCHANGED " + uploads().resolve("again.srt") + " " + slug);
        assertThat(archive.http().json("/api/interviews/" + slug).get("title").asString()).isEqualTo("The same talk");
    }

    @Test
    void aWebPageImportsAsTheTextItShows() throws Exception {
        String body = Files.readAllLines(Path.of("seeds", "000_2ada8b3cbe10c4aa.txt")).stream()
                .filter(line -> !line.isBlank())
                .map(line -> "<p>" + line.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
                .collect(Collectors.joining("\n"));
        String html = "<!DOCTYPE html><html><head><title>t</title><script>var tracking = 1;</script></head><body>"
                + "<nav><a href='/'>首页</a> <a href='/ai'>人工智能</a></nav><article>" + body
                + "</article><footer>版权所有</footer></body></html>";

        String line = lines(upload(new Multipart().file("files", "article.html", html.getBytes(StandardCharsets.UTF_8))))
                .getFirst();

        assertThat(line).startsWith("OK " + uploads().resolve("article.html") + " ");
        JsonNode interview = archive.http().json("/api/interviews/" + line.split(" ")[2]);
        assertThat(turnsBySpeaker(interview)).isEqualTo(Map.of(
                "logan-kilpatrick", 13, "jeff-dean", 13, "oriol-vinyals", 10, "noam-shazeer", 7));
        assertThat(interview.get("quotes").toString()).doesNotContain("tracking", "版权所有", "首页");
    }

    @Test
    void aRefusedFileGetsItsReasonWhileTheOthersImport() throws Exception {
        byte[] notes = Files.readAllBytes(Path.of("seeds", "004_9a122047a2b9f6eb.txt"));

        List<String> lines = lines(upload(new Multipart()
                .file("files", "empty.txt", new byte[0])
                .file("files", "notes.md", notes)
                .file("files", "picture.png", new byte[] {1, 2, 3})));

        assertThat(lines).containsExactly(
                "REFUSED " + uploads().resolve("empty.txt") + ": the file is empty",
                lines.get(1),
                "REFUSED picture.png: it is not a transcript file (.txt, .md, .markdown, .html, .htm, .xhtml, .srt or .vtt)");
        assertThat(lines.get(1)).startsWith("OK " + uploads().resolve("notes.md") + " ");
        assertThat(uploads().resolve("notes.md")).exists();
        assertThat(uploads().resolve("empty.txt")).doesNotExist();
    }

    @Test
    void anUploadOverTheLimitGetsTheImportPageWithTheLimitsAndImportsNothing() throws Exception {
        List<String> before = slugs();
        byte[] large = Files.readAllBytes(Path.of("seeds", "003_493086b1af687c66.txt"));

        HttpResponse<String> response = admin.upload(new Multipart().file("files", "podcast.txt", large));

        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Import transcripts");
        assertThat(page.select(".problem").text())
                .isEqualTo("The upload is too large (each file at most 64KB, one upload at most 25MB). Nothing was imported.");
        assertThat(page.select("form[enctype=multipart/form-data]")).hasSize(1);
        assertThat(slugs()).isEqualTo(before);
    }

    @Test
    void fieldsThatCannotBeUsedAreExplainedAndNothingIsImported() {
        List<String> before = slugs();

        Document page = upload(new Multipart()
                .file("files", "dated.srt", srt().getBytes(StandardCharsets.UTF_8))
                .field("date", "22 December")
                .field("speakers", "Speaker 0 is Logan"));

        assertThat(page.select(".problem p").eachText()).containsExactly(
                "The date \"22 December\" is not a date like 2025-12-22.",
                "The speaker line \"Speaker 0 is Logan\" is not of the form \"Speaker 0 = Logan Kilpatrick\".");
        assertThat(page.select("input[name=date]").val()).isEqualTo("22 December");
        assertThat(slugs()).isEqualTo(before);

        // A browser sends an empty file part when no file was chosen.
        Document nothingChosen = upload(new Multipart().file("files", "", new byte[0]).field("title", "x"));
        assertThat(nothingChosen.select(".problem p").eachText()).containsExactly("Choose at least one transcript file.");
        assertThat(lines(nothingChosen)).isEmpty();
    }

    private static Document upload(Multipart form) {
        HttpResponse<String> response = admin.upload(form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static List<String> lines(Document page) {
        return page.select("li code").eachText();
    }

    private static Path uploads() {
        return DATA_DIR.resolve("uploads");
    }

    private static List<String> slugs() {
        List<String> slugs = new ArrayList<>();
        archive.http().json("/api/interviews").forEach(interview -> slugs.add(interview.get("slug").asString()));
        return slugs;
    }

    private static Map<String, Integer> turnsBySpeaker(JsonNode interview) {
        Map<String, Integer> turns = new HashMap<>();
        interview.get("speakers").forEach(speaker -> turns.put(speaker.get("slug").asString(), speaker.get("turns").asInt()));
        return turns;
    }

    /** Five turns, labelled the way transcription services do: Speaker 0 three times, Speaker 1 twice. */
    private static String srt() {
        return srt(new String[][] {
                {"Speaker 0", "Welcome back to Release Notes. Today I am joined by the person who leads the models."},
                {"Speaker 1", "Thanks for having me. It has been a busy year for everyone on the team."},
                {"Speaker 0", "What changed the most between the last two generations of the model?"},
                {"Speaker 1", "Mostly the way we evaluate. We built harder tests and then trained toward them."},
                {"Speaker 0", "That is a great place to stop. Thank you for joining us today on the show."}});
    }

    /** Another talk of the same shape, so that the archive does not take it for a copy of the first. */
    private static String otherSrt() {
        return srt(new String[][] {
                {"Speaker 0", "Hello and welcome to a different episode, about robots that sort the post."},
                {"Speaker 1", "Glad to be here. We spent the winter teaching arms to pick up parcels."},
                {"Speaker 0", "Which parcels were the hardest ones for the machines to handle?"},
                {"Speaker 1", "Soft bags, by far. They fold and slip, so the grip needs constant change."},
                {"Speaker 0", "Let us leave it there for today. Many thanks for coming on the programme."}});
    }

    private static String againSrt() {
        return srt(new String[][] {
                {"Speaker 0", "This one is about gardens in cities, and the people who plant them on roofs."},
                {"Speaker 1", "Roofs are good for bees. We started with three boxes and now keep forty."},
                {"Speaker 0", "Does the honey taste of anything in particular, given all the traffic?"},
                {"Speaker 1", "Of lime trees, mostly. The city has more of them than you would guess."},
                {"Speaker 0", "A sweet place to end. Thank you, and good luck with the summer harvest."}});
    }

    private static String srt(String[][] turns) {
        return IntStream.range(0, turns.length)
                .mapToObj(i -> (i + 1) + "\n00:00:" + String.format("%02d", i * 5) + ",000 --> 00:00:"
                        + String.format("%02d", i * 5 + 4) + ",500\n" + turns[i][0] + ": " + turns[i][1] + "\n")
                .collect(Collectors.joining("\n"));
    }

    /** The same talk as WebVTT with voice tags naming the people themselves. */
    private static String vtt() {
        return "WEBVTT\n\n" + otherSrt().replaceAll("(?m)^\\d+\\n", "")
                .replace(',', '.')
                .replace("Speaker 0: ", "<v Logan Kilpatrick>")
                .replace("Speaker 1: ", "<v Koray Kavukcuoglu>");
    }
}
