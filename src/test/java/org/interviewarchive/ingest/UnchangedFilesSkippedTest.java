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

/**
 * A restart or a second ingest does not read a file whose size and modification time, and its sidecar's, are as they
 * were when it was stored. The stamp is trusted as rsync and make trust it, so the tests prove a file was not read by
 * giving it other bytes of the same size and putting its modification time back: read, it would be stored again.
 */
@StorageTest
class UnchangedFilesSkippedTest {

    @Test
    void aRestartTakesFilesWithTheirStoredStampsAsUnchangedWithoutReadingThem() throws Exception {
        Path dataDir = TestArchives.newDataDir("stamps-restart");
        Path folder = transcripts("stamps-restart-files");
        try (RunningArchive archive = RunningArchive.start(dataDir, List.of(folder))) {
            assertThat(speakers(archive, "with-sidecar")).containsExactly("Ann Lee", "Bo Chen");
        }
        Path file = folder.resolve("with-sidecar.txt");
        editKeepingStamp(file);

        try (RunningArchive archive = RunningArchive.start(dataDir, List.of(folder))) {
            assertThat(speakers(archive, "with-sidecar")).containsExactly("Ann Lee", "Bo Chen");
            assertThat(archive.bean(IngestService.class).ingest(List.of(folder))).extracting(IngestResult::line)
                    .containsExactly("UNCHANGED " + file + " with-sidecar",
                            "UNCHANGED " + folder.resolve("without-sidecar.txt") + " without-sidecar");
        }
    }

    @Test
    void aTouchedFileIsReadOnceFoundUnchangedAndThenKnownByItsNewStamp() throws Exception {
        Path folder = transcripts("stamps-touched-files");
        Path file = folder.resolve("without-sidecar.txt");
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("stamps-touched"), List.of(folder))) {
            IngestService ingest = archive.bean(IngestService.class);
            Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(60)));

            assertThat(ingest.ingest(List.of(file))).extracting(IngestResult::line)
                    .containsExactly("UNCHANGED " + file + " without-sidecar");

            editKeepingStamp(file);
            assertThat(ingest.ingest(List.of(file))).extracting(IngestResult::line)
                    .containsExactly("UNCHANGED " + file + " without-sidecar");
            assertThat(speakers(archive, "without-sidecar")).containsExactly("Ann Lee", "Bo Chen");
        }
    }

    @Test
    void aFileMetAgainInOneIngestIsComparedWithWhatTheIngestJustStoredUnderItsName() throws Exception {
        Path folder = transcripts("stamps-first-folder");
        Path other = TestArchives.newDataDir("stamps-other-folder");
        Files.writeString(other.resolve("without-sidecar.txt"),
                Files.readString(folder.resolve("without-sidecar.txt")).replace("Bo Chen", "Cy Wu"));
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("stamps-two-folders"),
                List.of(folder))) {
            // The other folder's file of the same name replaces the interview, then the first folder's, stamped as
            // the interview was when the ingest began, must replace it back.
            archive.bean(IngestService.class).ingest(List.of(other, folder));

            assertThat(speakers(archive, "without-sidecar")).containsExactly("Ann Lee", "Bo Chen");
        }
    }

    /** Two transcripts, one with a sidecar, each with a slug of its file's name. */
    private static Path transcripts(String name) throws Exception {
        Path folder = TestArchives.newDataDir(name);
        Files.writeString(folder.resolve("with-sidecar.txt"), GeneratedTranscripts.conversation(1, 12));
        Files.writeString(folder.resolve("with-sidecar.meta.yml"), "slug: with-sidecar\n");
        Files.writeString(folder.resolve("without-sidecar.txt"), "---\ntitle: without sidecar\n---\n\n"
                + GeneratedTranscripts.conversation(2, 12));
        return folder;
    }

    /** Renames a speaker in the file to a name of as many bytes, and puts its modification time back. */
    private static void editKeepingStamp(Path file) throws Exception {
        FileTime modified = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("Bo Chen", "Bo Chan"));
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.size(file)).isEqualTo(text.length());
    }

    private static List<String> speakers(RunningArchive archive, String slug) {
        return archive.http().json("/api/interviews/" + slug).get("speakers").valueStream()
                .map(speaker -> speaker.get("name").asString()).toList();
    }
}
