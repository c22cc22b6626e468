package org.interviewarchive.speaker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.interviewarchive.config.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The people the archive knows before reading any transcript: canonical names, aliases and descriptions, from
 * {@code archive.speaker-registry}. Knowledge about particular people lives there, never in code. The file is read
 * again whenever it changes on disk, so an edited registry applies to the next ingest without a restart.
 */
@Component
class SpeakerRegistry {

    private static final Logger log = LoggerFactory.getLogger(SpeakerRegistry.class);

    record Entry(String slug, String name, List<String> aliases, String description) {
        Entry {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("every registry entry needs a name");
            }
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    record RegistryFile(List<Entry> speakers) {
        RegistryFile {
            speakers = speakers == null ? List.of() : List.copyOf(speakers);
        }
    }

    /**
     * The registry as last read.
     *
     * @param fingerprint a hash of the file's bytes, empty when there is no file
     */
    record Contents(List<Entry> entries, String fingerprint, FileTime modified, long size) {

        static final Contents NONE = new Contents(List.of(), "", null, -1);
    }

    private final Path file;
    private Contents contents;

    SpeakerRegistry(ArchiveProperties properties) {
        this.file = properties.speakerRegistry();
    }

    /** The registry as it is on disk now: read again when its size or modification time changed. */
    synchronized Contents current() {
        BasicFileAttributes attributes = attributes();
        if (attributes == null) {
            if (contents != Contents.NONE) {
                log.warn("No speaker registry at {}: speakers are known only by the names the texts give",
                        file.toAbsolutePath());
                contents = Contents.NONE;
            }
            return contents;
        }
        if (contents == null || !attributes.lastModifiedTime().equals(contents.modified())
                || attributes.size() != contents.size()) {
            contents = read(attributes);
        }
        return contents;
    }

    private BasicFileAttributes attributes() {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the speaker registry " + file, e);
        }
    }

    private Contents read(BasicFileAttributes attributes) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            List<Entry> entries = new YAMLMapper().readValue(bytes, RegistryFile.class).speakers();
            return new Contents(entries, sha256(bytes), attributes.lastModifiedTime(), attributes.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the speaker registry " + file, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
