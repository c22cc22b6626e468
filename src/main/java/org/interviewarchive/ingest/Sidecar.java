package org.interviewarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interviewarchive.text.Slugs;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a transcript does not say about itself, from an optional {@code NAME.meta.yml} beside it: a stable slug,
 * corrected metadata, and which person each label stands for ({@code Speaker 0: Logan Kilpatrick}). Every field may
 * be absent; a field that is present wins over what the text says.
 *
 * @param spokenLanguage the language the people spoke ({@code en}, {@code zh}), for a transcript in two languages
 *                       whose text is a rendering of what was said
 * @param speakers label in the text → canonical name or slug in the speaker registry
 * @param roles    canonical name, label or slug → HOST, GUEST or NARRATOR
 */
record Sidecar(
        String slug,
        String title,
        String source,
        String sourceUrl,
        String mediaUrl,
        LocalDate date,
        Integer durationSeconds,
        String summary,
        String spokenLanguage,
        Map<String, String> speakers,
        Map<String, String> roles) {

    static final Sidecar NONE = new Sidecar(null, null, null, null, null, null, null, null, null, Map.of(), Map.of());

    Sidecar {
        speakers = speakers == null ? Map.of() : Map.copyOf(speakers);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    static Path pathFor(Path transcript) {
        String name = transcript.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return transcript.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".meta.yml");
    }

    /** The sidecar's bytes, or none; they count in the file's fingerprint, so editing a sidecar re-ingests. */
    static byte[] bytesFor(Path transcript) throws IOException {
        Path path = pathFor(transcript);
        return Files.isRegularFile(path) ? Files.readAllBytes(path) : new byte[0];
    }

    /** The sidecar file for metadata given with an upload: none when nothing was given. */
    static byte[] bytesOf(UploadMetadata metadata) {
        if (metadata.isEmpty()) {
            return new byte[0];
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        putIfPresent(fields, "title", metadata.title());
        putIfPresent(fields, "date", metadata.date() == null ? null : metadata.date().toString());
        putIfPresent(fields, "source", metadata.source());
        putIfPresent(fields, "sourceUrl", metadata.sourceUrl());
        if (!metadata.speakers().isEmpty()) {
            fields.put("speakers", metadata.speakers());
        }
        if (!metadata.roles().isEmpty()) {
            fields.put("roles", metadata.roles());
        }
        return new YAMLMapper().writeValueAsBytes(fields);
    }

    private static void putIfPresent(Map<String, Object> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    static Sidecar parse(Path transcript, byte[] bytes) {
        if (bytes.length == 0) {
            return NONE;
        }
        Sidecar sidecar;
        try {
            sidecar = new YAMLMapper().readValue(bytes, Sidecar.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new RefusedFileException("its metadata file " + pathFor(transcript).getFileName()
                    + " cannot be read: it is not YAML with the fields a metadata file has"
                    + (line > 0 ? " (see its line " + line + ")" : ""));
        }
        if (sidecar.slug() != null && !Slugs.isSlug(sidecar.slug())) {
            throw new RefusedFileException("its metadata file " + pathFor(transcript).getFileName() + " gives the slug "
                    + shown(sidecar.slug()) + ", but a slug is lowercase letters a-z and digits in words joined by "
                    + "single hyphens, at most " + Slugs.MAX_LENGTH + " characters");
        }
        return sidecar;
    }

    /** A bad slug as a report line can show it: quoted, short, with no control characters. */
    private static String shown(String slug) {
        String visible = slug.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (visible.length() > 40 ? visible.substring(0, 40) + "…" : visible) + "\"";
    }
}
