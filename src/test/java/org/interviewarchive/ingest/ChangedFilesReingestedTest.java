package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A file is parsed again when it or its sidecar changed since it was stored, though the file kept its size: the ingest
 * tells by their modification times and then by their content. (An edited speaker registry: SpeakerResolutionTest.)
 */
@StorageTest
class ChangedFilesReingestedTest {

    private static final String SLUG = "changing";

    @Test
    void aFileEditedToTheSameSizeIsStoredAgain() throws Exception {
        Path folder = transcript("same-size-files");
        Path file = folder.resolve("changing.txt");
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("same-size"), List.of(folder))) {
            Files.writeString(file, Files.readString(file).replace("Bo Chen", "Bo Chan"));
            later(file);

            assertThat(archive.bean(IngestService.class).ingest(List.of(folder))).singleElement()
                    .isInstanceOf(IngestResult.Stored.class);
            assertThat(speakers(interview(archive))).containsExactly("Ann Lee", "Bo Chan");
        }
    }

    @Test
    void anEditedSidecarStoresTheFileAgain() throws Exception {
        Path folder = transcript("edited-sidecar-files");
        Path sidecar = folder.resolve("changing.meta.yml");
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("edited-sidecar"), List.of(folder))) {
            Files.writeString(sidecar, "slug: " + SLUG + "\ntitle: A new title\n");
            later(sidecar);

            assertThat(archive.bean(IngestService.class).ingest(List.of(folder))).singleElement()
                    .isInstanceOf(IngestResult.Stored.class);
            assertThat(interview(archive).get("title").asString()).isEqualTo("A new title");
        }
    }

    private static Path transcript(String name) throws Exception {
        Path folder = TestArchives.newDataDir(name);
        Files.writeString(folder.resolve("changing.txt"), GeneratedTranscripts.conversation(3, 12));
        Files.writeString(folder.resolve("changing.meta.yml"), "slug: " + SLUG + "\n");
        return folder;
    }

    /** A modification time a minute on, as an edit leaves whatever the file system's clock granularity. */
    private static void later(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(60)));
    }

    private static JsonNode interview(RunningArchive archive) {
        return archive.http().json("/api/interviews/" + SLUG);
    }

    private static List<String> speakers(JsonNode interview) {
        return interview.get("speakers").valueStream().map(speaker -> speaker.get("name").asString()).toList();
    }
}
