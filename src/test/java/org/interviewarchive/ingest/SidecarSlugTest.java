package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.text.Slugs;
import org.junit.jupiter.api.Test;

/** A slug a sidecar gives is checked like every other; a file with a bad one is refused and says why. */
@StorageTest
class SidecarSlugTest {

    @Test
    void aBadSidecarSlugRefusesTheFileAndGeneratedSlugsAreReadableWords() throws Exception {
        Path folder = TestArchives.newDataDir("sidecar-slug-files");
        Map<String, String> sidecars = Map.of(
                "dots", "slug: ../../admin\n",
                "empty", "slug: \"\"\n",
                "signs", "slug: 'a b?c#d%2F'\n",
                "long", "slug: " + "a".repeat(1000) + "\n",
                "nameless-1", "",
                "nameless-2", "",
                "good", "slug: a-good-slug\n");
        long seed = 1;
        for (Map.Entry<String, String> sidecar : sidecars.entrySet()) {
            // The nameless ones have a title with nothing a slug can be made of.
            String title = sidecar.getValue().isEmpty() ? "---\ntitle: \"???\"\n---\n\n" : "";
            Files.writeString(folder.resolve(sidecar.getKey() + ".txt"),
                    title + GeneratedTranscripts.conversation(seed++, 12));
            if (!sidecar.getValue().isEmpty()) {
                Files.writeString(folder.resolve(sidecar.getKey() + ".meta.yml"), sidecar.getValue());
            }
        }
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("sidecar-slug"), List.of())) {
            Map<String, String> lines = archive.bean(IngestService.class).ingest(List.of(folder)).stream()
                    .collect(Collectors.toMap(result -> result.file().getFileName().toString(), IngestResult::line));

            for (String bad : List.of("dots", "empty", "signs", "long")) {
                assertThat(lines.get(bad + ".txt")).startsWith("REFUSED " + folder.resolve(bad + ".txt")
                        + ": its metadata file " + bad + ".meta.yml gives the slug ")
                        .contains("lowercase letters a-z and digits").doesNotContain("SQL").hasSizeLessThan(400);
            }
            assertThat(lines.get("good.txt")).startsWith("OK " + folder.resolve("good.txt") + " a-good-slug ");
            assertThat(List.of(lines.get("nameless-1.txt"), lines.get("nameless-2.txt")))
                    .allSatisfy(line -> assertThat(line).startsWith("OK "))
                    .extracting(line -> line.split(" ")[2]).containsExactlyInAnyOrder("interview", "interview-2");
            String home = archive.http().get("/").body();
            assertThat(home).doesNotContain("../../admin").doesNotContain("/interviews/-");
            assertThat(archive.http().json("/api/interviews").findValuesAsString("slug"))
                    .allSatisfy(slug -> assertThat(Slugs.isSlug(slug)).as(slug).isTrue());
        }
    }
}
