package org.interviewarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    /** Uploads waiting for the admin to confirm a preview: a hidden folder, which ingesting the uploads passes over. */
    private static final String PENDING = ".pending";
    private static final Pattern TOKEN = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

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

    /** Keeps uploaded files for a preview under a token the import page carries to the import itself. */
    String stage(List<StagedUpload> files) {
        String token = UUID.randomUUID().toString();
        Path dir = folder.resolve(PENDING).resolve(token);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < files.size(); i++) {
                Files.write(dir.resolve(i + ".upload"), files.get(i).bytes());
                Files.writeString(dir.resolve(i + ".name"), files.get(i).name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The uploads could not be kept for the preview in " + dir, e);
        }
        return token;
    }

    /** The files staged under a token, in their order; empty for a token that names none. */
    List<StagedUpload> staged(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return List.of();
        }
        Path dir = folder.resolve(PENDING).resolve(token);
        List<StagedUpload> files = new ArrayList<>();
        try {
            for (int i = 0; Files.exists(dir.resolve(i + ".upload")); i++) {
                files.add(new StagedUpload(Files.readString(dir.resolve(i + ".name")), Files.readAllBytes(dir.resolve(i + ".upload"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The uploads kept for the preview in " + dir + " cannot be read", e);
        }
        return files;
    }

    /** Forgets the files staged under a token. */
    void discard(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return;
        }
        Path dir = folder.resolve(PENDING).resolve(token);
        try (Stream<Path> files = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.warn("The uploads kept for a preview in {} could not be removed", dir, e);
        }
    }

    /** The sidecar kept beside an earlier upload of this name, or none. */
    byte[] keptSidecar(Path file) {
        try {
            return Sidecar.bytesFor(file);
        } catch (IOException e) {
            return new byte[0];
        }
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
