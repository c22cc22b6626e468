package org.interviewarchive.reading.speaker;

import java.util.List;

/** A speaker as the API lists it: names, and where they appear. */
public record SpeakerView(
        String slug,
        String name,
        List<String> aliases,
        String description,
        List<String> interviews,
        int quotes) {
}
