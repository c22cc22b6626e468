package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interviewarchive.support.ArchiveDatabase;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/** A copy of a stored transcript under another file name is reported as a duplicate and not stored twice. */
@StorageTest
class DuplicateTranscriptTest {

    private static final String SEED = "001_e52f8c32b2a633ba.txt";
    private static final String SLUG = "2024-12-23-oriol-vinyals-drastic-research";

    @Test
    void exactAndNearCopiesAreDuplicatesAndOtherTranscriptsAreNot() throws Exception {
        Path dataDir = TestArchives.newDataDir("duplicate");
        String text = Files.readString(Path.of("seeds", SEED));
        Path copies = TestArchives.newDataDir("duplicate-copies");
        Files.copy(Path.of("seeds", SEED), copies.resolve("a-same-bytes.txt"));
        Files.write(copies.resolve("b-utf16-crlf.txt"), ("\uFEFF" + text.replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(copies.resolve("c-a-few-words-changed.txt"), text.replaceFirst("。", "，真的。")
                .replaceFirst("\n\n", "\n\n补充一句。\n\n"));
        Files.writeString(copies.resolve("d-another-talk.txt"), GeneratedTranscripts.conversation(7, 20));

        try (RunningArchive archive = RunningArchive.start(dataDir, List.of(Path.of("seeds")))) {
            IngestService ingest = archive.bean(IngestService.class);
            Map<String, String> lines = ingest.ingest(List.of(copies)).stream().collect(Collectors.toMap(
                    result -> result.file().getFileName().toString(), IngestResult::line));

            assertThat(lines.get("a-same-bytes.txt")).isEqualTo("DUPLICATE " + copies.resolve("a-same-bytes.txt")
                    + " of " + SLUG);
            assertThat(lines.get("b-utf16-crlf.txt")).isEqualTo("DUPLICATE " + copies.resolve("b-utf16-crlf.txt")
                    + " of " + SLUG);
            assertThat(lines.get("c-a-few-words-changed.txt")).isEqualTo("DUPLICATE "
                    + copies.resolve("c-a-few-words-changed.txt") + " of " + SLUG);
            assertThat(lines.get("d-another-talk.txt")).startsWith("OK ");
        }
        // The five seeds, none a copy of another, and the other talk.
        assertThat(ArchiveDatabase.column(dataDir, "select source_file from interview")).hasSize(6)
                .contains("d-another-talk.txt").doesNotContain("a-same-bytes.txt", "b-utf16-crlf.txt",
                        "c-a-few-words-changed.txt");
    }
}
