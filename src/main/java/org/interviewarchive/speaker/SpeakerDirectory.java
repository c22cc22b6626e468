package org.interviewarchive.speaker;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Speakers looked up by name, alias or slug for one ingest, each name resolved once; names no one has become new
 * speakers.
 */
public final class SpeakerDirectory {

    private final SpeakerService speakers;
    private final Map<String, Optional<Speaker>> resolved = new HashMap<>();

    SpeakerDirectory(SpeakerService speakers) {
        this.speakers = speakers;
    }

    /** The speaker a name, alias or slug stands for. */
    public Optional<Speaker> find(String nameOrAlias) {
        return resolved.computeIfAbsent(SpeakerNames.key(nameOrAlias), key -> speakers.findByAnyName(nameOrAlias));
    }

    /** The speaker of that name, created under a slug of the name when no one has it yet. */
    public Speaker findOrCreate(String name) {
        return find(name).orElseGet(() -> {
            Speaker created = speakers.create(name);
            resolved.put(SpeakerNames.key(name), Optional.of(created));
            return created;
        });
    }
}
