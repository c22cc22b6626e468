package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.interviewarchive.support.ArchiveDatabase;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/**
 * Turns of a hundred thousand characters, or megabytes on one line, are cut at sentence ends into quotes of readable
 * length, with nothing lost; metadata longer than its column is cut to fit; nothing is refused for its length.
 */
@StorageTest
class LongTurnsTest {

    @Test
    void longTurnsBecomeSeveralReadableQuotesAndLongMetadataIsCutToFit() throws Exception {
        Path folder = TestArchives.newDataDir("long-turn-files");
        Random random = new Random(11);
        String hundredThousand = longText(random, 100_000);
        String threeMegabytes = longText(random, 3_000_000);
        Files.writeString(folder.resolve("long-turns.txt"), "---\ntitle: " + "Long title ".repeat(100)
                + "\n---\n\n" + GeneratedTranscripts.conversation(1, 6) + "Ann Lee: " + hundredThousand + "\n\n"
                + "Bo Chen: " + hundredThousand.replace(". ", "。") + "\n\n" + GeneratedTranscripts.conversation(2, 6));
        Files.writeString(folder.resolve("one-line.txt"), GeneratedTranscripts.conversation(3, 6) + "Ann Lee: "
                + threeMegabytes + "\n\n" + GeneratedTranscripts.conversation(4, 6));
        Path dataDir = TestArchives.newDataDir("long-turns");

        try (RunningArchive archive = RunningArchive.start(dataDir, List.of())) {
            List<IngestResult> results = archive.bean(IngestService.class).ingest(List.of(folder));
            assertThat(results).extracting(IngestResult::line).allSatisfy(line -> assertThat(line).startsWith("OK "));
        }

        assertThat(ArchiveDatabase.column(dataDir, "select max(length(text)) from quote")).singleElement()
                .satisfies(longest -> assertThat(Integer.parseInt(longest)).isBetween(1000, 2 * LongPassages.READABLE));
        assertThat(ArchiveDatabase.column(dataDir, "select max(length(title)) from interview")).singleElement()
                .satisfies(longest -> assertThat(Integer.parseInt(longest)).isLessThanOrEqualTo(500));
        String stored = String.join(" ", ArchiveDatabase.column(dataDir, "select q.text from quote q join interview i "
                + "on i.id = q.interview_id where i.source_file = 'one-line.txt' order by q.position"));
        assertThat(stored.replaceAll("\\s+", "")).contains(threeMegabytes.replaceAll("\\s+", ""));
        List<String> pieces = ArchiveDatabase.column(dataDir, "select q.text from quote q join interview i "
                + "on i.id = q.interview_id where i.source_file = 'long-turns.txt' and length(q.text) > 500");
        assertThat(pieces).hasSizeGreaterThan(50)
                .allSatisfy(piece -> assertThat(piece).matches("(?s).*[.。]$"));
    }

    private static String longText(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            text.append(GeneratedTranscripts.sentences(random, 5)).append(' ');
        }
        return text.toString().strip();
    }
}
