package org.interviewarchive.speaker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interviewarchive.ArchiveProperties;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The people the archive knows before reading any transcript: canonical names, aliases and descriptions, from
 * {@code archive.speaker-registry}. Knowledge about particular people lives there, never in code.
 */
@Component
class SpeakerRegistry {

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

    private final List<Entry> entries;

    SpeakerRegistry(ArchiveProperties properties) {
        this.entries = read(properties.speakerRegistry());
    }

    List<Entry> entries() {
        return entries;
    }

    private static List<Entry> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return new YAMLMapper().readValue(Files.readString(file), RegistryFile.class).speakers();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the speaker registry " + file, e);
        }
    }
}
