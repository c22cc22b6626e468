package org.interviewarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interviewarchive.config.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The folder under the data directory where uploaded transcripts are kept with their sidecars, as a folder of
 * transcripts the command line can ingest.
 */
@Component
class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final int LONGEST_NAME = 200;

    private final Path folder;

    Uploads(ArchiveProperties properties) {
        this.folder = properties.dataDir().resolve("uploads");
    }

    /** Where an upload of this name is kept; only the name's last part counts, so no upload lands elsewhere. */
    Path pathFor(String uploadedName) {
        String name = uploadedName.substring(Math.max(uploadedName.lastIndexOf('/'), uploadedName.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty() || name.startsWith(".") || name.length() > LONGEST_NAME
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new RefusedFileException("its name cannot be used as a file name");
        }
        Path file = folder.resolve(name);
        if (!TranscriptFiles.isTranscript(file)) {
            throw new RefusedFileException("it is not a transcript file (" + TranscriptFiles.described() + ")");
        }
        return file;
    }

    /** Keeps the upload as ingested; without metadata, no sidecar is left from an earlier upload. */
    void keep(Path file, byte[] bytes, byte[] sidecar) {
        try {
            Files.createDirectories(folder);
            Files.write(file, bytes);
            Path sidecarFile = Sidecar.pathFor(file);
            if (sidecar.length == 0) {
                Files.deleteIfExists(sidecarFile);
            } else {
                Files.write(sidecarFile, sidecar);
            }
        } catch (IOException e) {
            log.warn("The upload {} is in the archive but could not be kept in {}", file.getFileName(), folder, e);
        }
    }
}
