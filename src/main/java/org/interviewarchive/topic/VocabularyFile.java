package org.interviewarchive.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interviewarchive.config.ArchiveProperties;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The topic vocabulary an editor keeps in {@code archive.topic-vocabulary}, read once at start. */
@Component
class VocabularyFile {

    record Entry(String slug, String label, List<String> aliases) {
        Entry {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("every vocabulary term needs a label");
            }
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    record Contents(List<Entry> terms) {
        Contents {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }
    }

    private final List<Entry> entries;

    VocabularyFile(ArchiveProperties properties) {
        this.entries = read(properties.topicVocabulary());
    }

    List<Entry> entries() {
        return entries;
    }

    private static List<Entry> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return new YAMLMapper().readValue(Files.readString(file), Contents.class).terms();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the topic vocabulary " + file, e);
        }
    }
}
