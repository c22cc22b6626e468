package org.interviewarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interviewarchive.ArchiveApplication;
import org.interviewarchive.ingest.IngestCommand;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.ArchiveDatabase;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.Multipart;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A corpus of bad and odd files, made by the test, through the command line and the admin upload: each is stored, or
 * refused or reported a duplicate with a reason a person reads; nothing fails, and what the archive had is intact.
 */
@StorageTest
class BadInputCorpusTest {

    private static final String SEED = "001_e52f8c32b2a633ba.txt";

    @Test
    void everyBadFileIsStoredOrRefusedInWordsThroughTheCommandLineAndTheUpload() throws Exception {
        Map<String, byte[]> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        Path folder = TestArchives.newDataDir("corpus-files");
        for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        sidecars().forEach((name, yaml) -> write(folder.resolve(name), yaml));

        Path dataDir = TestArchives.newDataDir("corpus-cli");
        List<String> options = new ArrayList<>(List.of("--archive.data-dir=" + dataDir));
        TestDatabase.underTest().properties(dataDir).forEach((key, value) -> options.add("--" + key + "=" + value));
        assertThat(run(Path.of("seeds"), options).lines()).allSatisfy(line -> assertThat(line).startsWith("OK "));
        String before = String.join("\n", ArchiveDatabase.column(dataDir,
                "select text from quote q join interview i on i.id = q.interview_id where i.source_file = '"
                        + SEED + "' order by q.position"));
        Run cli = run(folder, options);
        assertThat(cli.lines()).hasSize(corpus.size());
        cli.lines().forEach(BadInputCorpusTest::assertClear);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(String.join("\n", ArchiveDatabase.column(dataDir, "select text from quote q join interview i "
                + "on i.id = q.interview_id where i.source_file = '" + SEED + "' order by q.position")))
                .isEqualTo(before);
        assertWhole(dataDir);
        System.out.println("[reliability] bad-input corpus, command line: " + tally(cli.lines()));

        Path uploadDir = TestArchives.newDataDir("corpus-upload");
        List<String> uploaded = new ArrayList<>();
        try (RunningArchive archive = RunningArchive.start(uploadDir, List.of(Path.of("seeds")),
                AdminSession.properties())) {
            AdminSession admin = AdminSession.signIn(archive.http());
            for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
                var response = admin.upload(new Multipart().file("files", file.getKey(), file.getValue()));
                assertThat(response.statusCode()).as(file.getKey()).isEqualTo(200);
                uploaded.addAll(Jsoup.parse(response.body()).select("li code").eachText());
            }
        }
        assertThat(uploaded).hasSize(corpus.size());
        uploaded.forEach(BadInputCorpusTest::assertClear);
        assertWhole(uploadDir);
        System.out.println("[reliability] bad-input corpus, admin upload: " + tally(uploaded));
    }

    private static void assertClear(String line) {
        assertThat(line).matches("(OK|UNCHANGED|DUPLICATE|REFUSED) .*")
                .doesNotContain("Exception", "SQL", "at org.", "at java.", "could not execute", "null");
        if (line.startsWith("REFUSED ")) {
            assertThat(line.substring(line.indexOf(": ") + 2)).hasSizeBetween(10, 300);
        }
    }

    /** No half interview: every interview has the quotes it counts. */
    private static void assertWhole(Path dataDir) throws Exception {
        assertThat(ArchiveDatabase.column(dataDir, "select i.slug from interview i where i.quote_count <> "
                + "(select count(*) from quote q where q.interview_id = i.id)")).isEmpty();
        assertThat(ArchiveDatabase.column(dataDir, "select slug from interview"))
                .allSatisfy(slug -> assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    private static Map<String, Long> tally(List<String> lines) {
        return new TreeMap<>(lines.stream().collect(Collectors.groupingBy(line -> line.split(" ")[0],
                Collectors.counting())));
    }

    private static Map<String, byte[]> corpus() throws Exception {
        Random random = new Random(7);
        String good = GeneratedTranscripts.conversation(1, 12);
        String seed = Files.readString(Path.of("seeds", SEED));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("blank.txt", " \n\n\t \r\n");
        texts.put("short.txt", "Ann: Hi.\n\nBo: Hi.\n");
        texts.put("numbers.txt", Stream.iterate(0, i -> i + 1).limit(80).map(i -> i + "," + i * 7)
                .collect(Collectors.joining("\n")));
        texts.put("deep-quote.md", good + "> ".repeat(5000) + "deep\n\n" + ">".repeat(5000) + " deeper\n");
        StringBuilder list = new StringBuilder();
        for (int depth = 0; depth < 2000; depth++) {
            list.append("  ".repeat(depth)).append("- item ").append(depth).append('\n');
        }
        texts.put("deep-list.md", good + list);
        texts.put("dash-line.md", good + "-".repeat(3000) + "\n\n" + GeneratedTranscripts.conversation(2, 8));
        texts.put("star-line.md", good + "* ".repeat(3000) + "\n\n" + GeneratedTranscripts.conversation(3, 8));
        texts.put("hashes.md", "#".repeat(10_000) + " title\n\n" + GeneratedTranscripts.conversation(4, 8));
        texts.put("brackets.md", GeneratedTranscripts.conversation(5, 8) + "[".repeat(100_000) + "\n");
        texts.put("spaces.txt", GeneratedTranscripts.conversation(6, 8) + "Ann Lee" + " ".repeat(100_000) + "0:0\n");
        StringBuilder longTurns = new StringBuilder();
        while (longTurns.length() < 100_000) {
            longTurns.append(GeneratedTranscripts.sentences(random, 4)).append(' ');
        }
        texts.put("long-turns.txt", GeneratedTranscripts.conversation(7, 4) + "Ann Lee: " + longTurns + "\n\nBo Chen: "
                + longTurns.toString().replace(". ", "。") + "\n");
        texts.put("one-line.txt", "Ann Lee: " + longTurns.toString().repeat(10));
        texts.put("invisible-names.txt", GeneratedTranscripts.conversation(8, 12, "Je\u00adff Dean", "Jeff\u200dDean")
                + GeneratedTranscripts.conversation(9, 6, "\u202eJeff Dean", "\u200b\u200c"));
        texts.put("invisible-only.txt", GeneratedTranscripts.conversation(10, 12, "\u200b", "\u00ad"));
        texts.put("long-name.txt", GeneratedTranscripts.conversation(11, 12, "N".repeat(1000), "Bo Chen"));
        texts.put("control.txt", GeneratedTranscripts.conversation(12, 12).replace(" ", "\u0007 "));
        texts.put("front-matter-only.md", "---\ntitle: Nothing else\n---\n");
        texts.put("front-matter-unclosed.md", "---\ntitle: " + "x".repeat(2000) + "\n" + good);
        texts.put("huge-title.md", "---\ntitle: " + "Title ".repeat(500) + "\nsummary: " + "Words ".repeat(5000)
                + "\n---\n\n" + GeneratedTranscripts.conversation(13, 10));
        texts.put("table-wide.md", "|" + " a |".repeat(1000) + "\n|" + " --- |".repeat(1000) + "\n"
                + GeneratedTranscripts.conversation(14, 10));
        texts.put("page.html", "<!DOCTYPE html><html><body><script>alert(1)</script>"
                + good.replace("\n\n", "</p><p>") + "</body></html>");
        texts.put("script-only.html", "<html><body><script>" + "x=1;".repeat(1000) + "</script></body></html>");
        texts.put("good.srt", "1\n00:00:01,000 --> 00:00:04,000\n" + GeneratedTranscripts.sentences(random, 1)
                + "\n\n2\n00:00:05,000 --> 00:00:09,000\n" + GeneratedTranscripts.sentences(random, 8) + "\n");
        texts.put("broken.srt", "1\n00:00:99,000 --> garbage\n\n".repeat(200));
        texts.put("good.vtt", "WEBVTT\n\n00:00.000 --> 00:04.000\n<v Ann Lee>" + GeneratedTranscripts.sentences(random, 8)
                + "\n\n00:05.000 --> 00:09.000\n<v Bo Chen>" + GeneratedTranscripts.sentences(random, 8) + "\n");
        texts.put("emoji.txt", "😀🎉".repeat(2000));
        texts.put("slug-dots.txt", GeneratedTranscripts.conversation(15, 10));
        texts.put("slug-empty.txt", GeneratedTranscripts.conversation(16, 10));
        texts.put("slug-long.txt", GeneratedTranscripts.conversation(17, 10));
        texts.put("sidecar-broken.txt", GeneratedTranscripts.conversation(18, 10));
        texts.put("duplicate-of-seed.txt", seed);
        texts.put("near-duplicate-of-seed.txt", seed.replaceFirst("。", "，真的。"));
        texts.put("good-crlf.txt", GeneratedTranscripts.conversation(19, 10).replace("\n", "\r\n"));
        texts.put("cjk.txt", "主持人：欢迎来到节目，今天我们聊一聊模型训练。\n\n嘉宾：谢谢邀请，很高兴来到这里。\n\n".repeat(20));

        Map<String, byte[]> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        files.put("empty.txt", new byte[0]);
        files.put("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        files.put("noise.txt", noise);
        byte[] broken = "**主持人：** 你好。".repeat(40).getBytes(StandardCharsets.UTF_8);
        broken[5] = (byte) 0xFF;
        files.put("broken-utf8.txt", broken);
        files.put("bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        files.put("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                GeneratedTranscripts.conversation(20, 10).getBytes(StandardCharsets.UTF_8)));
        files.put("utf16le.txt", ("\uFEFF" + GeneratedTranscripts.conversation(21, 10)).getBytes(StandardCharsets.UTF_16LE));
        files.put("utf16be.txt", ("\uFEFF" + GeneratedTranscripts.conversation(22, 10)).getBytes(StandardCharsets.UTF_16BE));
        files.put("gb18030.txt", "主持人：你好，欢迎收听我们的节目。\n\n嘉宾：谢谢，我很高兴。\n\n".repeat(20)
                .getBytes(Charset.forName("GB18030")));
        files.put("nul-inside.txt", (good + "\u0000\u0000" + good).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static Map<String, String> sidecars() {
        return Map.of("slug-dots.meta.yml", "slug: ../../admin\n", "slug-empty.meta.yml", "slug: \"\"\n",
                "slug-long.meta.yml", "slug: " + "a".repeat(1000) + "\n", "sidecar-broken.meta.yml", "slug: [\n");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Run(int exitCode, List<String> lines) {
    }

    private static Run run(Path path, List<String> options) {
        String[] args = Stream.concat(Stream.of(path.toString()), options.stream()).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = IngestCommand.run(ArchiveApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                .filter(line -> line.matches("[A-Z]+ .*")).toList());
    }
}
