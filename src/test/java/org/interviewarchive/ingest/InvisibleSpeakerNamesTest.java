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
import org.interviewarchive.text.Slugs;
import org.junit.jupiter.api.Test;

/**
 * Names are cleaned once: zero-width characters, soft hyphens and bidi controls do not make another person, and a
 * label of nothing visible names no one.
 */
@StorageTest
class InvisibleSpeakerNamesTest {

    @Test
    void namesWithInvisibleCharactersAreThePersonOfTheVisibleName() throws Exception {
        Path folder = TestArchives.newDataDir("invisible-name-files");
        List<String> jeffs = List.of("Jeff Dean", "Je\u00adff Dean", "Jeff\u200dDean", "\u202eJeff Dean\u202c",
                "Jeff\u200b Dean", "Ｊｅｆｆ Dean");
        Random random = new Random(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            text.append("Ann Lee: ").append(GeneratedTranscripts.sentences(random, 2)).append("\n\n");
            text.append(jeffs.get(i % jeffs.size())).append(": ").append(GeneratedTranscripts.sentences(random, 2))
                    .append("\n\n");
            if (i % 8 == 0) {
                text.append("\u200b\u200c: ").append(GeneratedTranscripts.sentences(random, 2)).append("\n\n");
            }
        }
        Files.writeString(folder.resolve("jeff.txt"), text);
        Path dataDir = TestArchives.newDataDir("invisible-names");

        try (RunningArchive archive = RunningArchive.start(dataDir, List.of())) {
            assertThat(archive.bean(IngestService.class).ingest(List.of(folder))).singleElement()
                    .extracting(IngestResult::line).asString().startsWith("OK ");
        }

        List<String> names = ArchiveDatabase.column(dataDir, "select s.name from speaker s join participation p "
                + "on p.speaker_id = s.id order by s.name");
        assertThat(names).containsExactly("Ann Lee", "Jeff Dean");
        assertThat(ArchiveDatabase.column(dataDir, "select slug from speaker"))
                .allSatisfy(slug -> assertThat(Slugs.isSlug(slug)).as(slug).isTrue());
        assertThat(ArchiveDatabase.column(dataDir, "select name from speaker"))
                .allSatisfy(name -> assertThat(name).isNotBlank().doesNotContain("\u200b", "\u00ad", "\u202e"));
    }
}
