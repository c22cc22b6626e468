package org.interviewarchive.ingest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an admin says about an uploaded transcript: it becomes the file's sidecar, so it wins over what the text says.
 * Blank fields are absent.
 *
 * @param speakers label in the text → the person it stands for ({@code Speaker 0} → {@code Logan Kilpatrick})
 * @param roles    person → HOST, GUEST or NARRATOR
 */
public record UploadMetadata(String title, LocalDate date, String source, String sourceUrl, Map<String, String> speakers,
        Map<String, String> roles) {

    public static final UploadMetadata NONE = new UploadMetadata(null, null, null, null, Map.of(), Map.of());

    public UploadMetadata {
        title = blankToNull(title);
        source = blankToNull(source);
        sourceUrl = blankToNull(sourceUrl);
        // Sorted, so that the same metadata always makes the same sidecar and an unchanged upload stays unchanged.
        speakers = speakers == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(speakers));
        roles = roles == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(roles));
    }

    public boolean isEmpty() {
        return title == null && date == null && source == null && sourceUrl == null && speakers.isEmpty()
                && roles.isEmpty();
    }

    /** The same metadata with who each label is, as the admin mapped the labels. */
    public UploadMetadata withMapping(Map<String, String> mappedSpeakers, Map<String, String> mappedRoles) {
        return new UploadMetadata(title, date, source, sourceUrl, mappedSpeakers, mappedRoles);
    }

    /** The same metadata with who each label is; used when none was given. */
    UploadMetadata orMapping(Map<String, String> keptSpeakers, Map<String, String> keptRoles) {
        return speakers.isEmpty() && roles.isEmpty()
                ? new UploadMetadata(title, date, source, sourceUrl, keptSpeakers, keptRoles)
                : this;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
