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
 */
public record UploadMetadata(String title, LocalDate date, String source, String sourceUrl, Map<String, String> speakers) {

    public static final UploadMetadata NONE = new UploadMetadata(null, null, null, null, Map.of());

    public UploadMetadata {
        title = blankToNull(title);
        source = blankToNull(source);
        sourceUrl = blankToNull(sourceUrl);
        // Sorted, so that the same metadata always makes the same sidecar and an unchanged upload stays unchanged.
        speakers = speakers == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(speakers));
    }

    public boolean isEmpty() {
        return title == null && date == null && source == null && sourceUrl == null && speakers.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
