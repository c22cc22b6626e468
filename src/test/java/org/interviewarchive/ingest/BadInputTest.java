package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/** Bad files are refused one by one with their name and reason; the rest ingest; the archive keeps what it had. */
@StorageTest
class BadInputTest {

    private static final String GOOD = "001_e52f8c32b2a633ba.txt";
    private static final String SLUG = "2024-12-23-oriol-vinyals-drastic-research";

    @Test
    void eachBadFileIsRefusedWithItsReasonWhileTheOthersIngest() throws Exception {
        Path folder = TestArchives.newDataDir("bad-input-files");
        copyGoodSeed(folder);
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("bad-input"), List.of())) {
            IngestService ingest = archive.bean(IngestService.class);
            assertThat(ingest.ingest(List.of(folder))).singleElement().isInstanceOf(IngestResult.Stored.class);
            String before = archive.http().json("/api/interviews/" + SLUG).toString();

            Files.write(folder.resolve("empty.txt"), new byte[0]);
            Files.writeString(folder.resolve("blank.txt"), " \n\n\t  \r\n");
            Files.write(folder.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            byte[] broken = "**主持人：** 你好。".repeat(40).getBytes(StandardCharsets.UTF_8);
            broken[5] = (byte) 0xFF;
            broken[6] = (byte) 0xFE;
            broken[7] = (byte) 0xFF;
            Files.write(folder.resolve("broken.txt"), broken);
            Files.writeString(folder.resolve("short.txt"), "**主持人：** 你好。\n\n**嘉宾：** 你好。\n");
            Files.writeString(folder.resolve("numbers.txt"), IntStream.range(0, 60)
                    .mapToObj(i -> i + "," + (i * 7) + "," + (i * 13) + "," + (i * 31))
                    .collect(Collectors.joining("\n")));
            Files.copy(Path.of("seeds", "004_9a122047a2b9f6eb.txt"), folder.resolve("notes.txt"));

            Map<String, String> lines = ingest.ingest(List.of(folder)).stream()
                    .collect(Collectors.toMap(result -> result.file().getFileName().toString(), IngestResult::line));

            assertThat(lines.get("empty.txt")).isEqualTo("REFUSED " + folder.resolve("empty.txt") + ": the file is empty");
            assertThat(lines.get("blank.txt")).endsWith("blank.txt: the file has nothing but white space");
            assertThat(lines.get("binary.txt")).endsWith("binary.txt: it is a binary file, not text");
            assertThat(lines.get("broken.txt")).endsWith("broken.txt: its bytes are not text in UTF-8, UTF-16 or GB18030");
            assertThat(lines.get("short.txt")).contains("short.txt: it has too little text to be an interview");
            assertThat(lines.get("numbers.txt")).endsWith("numbers.txt: it has no words to read, only numbers and signs");
            assertThat(lines.get("notes.txt")).startsWith("OK " + folder.resolve("notes.txt") + " ").endsWith(" quotes");
            assertThat(lines.get(GOOD)).isEqualTo("UNCHANGED " + folder.resolve(GOOD) + " " + SLUG);
            assertThat(archive.http().json("/api/interviews/" + SLUG).toString()).isEqualTo(before);
        }
    }

    @Test
    void aBadNewVersionOfAnInterviewLeavesTheStoredOneIntact() throws Exception {
        Path folder = TestArchives.newDataDir("bad-version-files");
        Path file = copyGoodSeed(folder);
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("bad-version"), List.of(folder))) {
            String before = archive.http().json("/api/interviews/" + SLUG).toString();
            Files.write(file, new byte[] {0, 1, 2, 3, 0, 0, 7});

            List<IngestResult> results = archive.bean(IngestService.class).ingest(List.of(folder));

            assertThat(results).singleElement().extracting(IngestResult::line)
                    .isEqualTo("REFUSED " + file + ": it is a binary file, not text");
            assertThat(archive.http().json("/api/interviews/" + SLUG).toString()).isEqualTo(before);
        }
    }

    private static Path copyGoodSeed(Path folder) throws Exception {
        String sidecar = GOOD.replace(".txt", ".meta.yml");
        Files.copy(Path.of("seeds", sidecar), folder.resolve(sidecar));
        return Files.copy(Path.of("seeds", GOOD), folder.resolve(GOOD));
    }
}
