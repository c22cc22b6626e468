package org.interviewarchive.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interviewarchive.Slugs;

/**
 * Every known speaker by canonical name, alias and slug, loaded once for one ingest. Names it has not seen become
 * new speakers.
 */
public final class SpeakerDirectory {

    private final SpeakerRepository repository;
    private final Map<String, Speaker> byName = new HashMap<>();
    private final Map<String, Speaker> bySlug = new HashMap<>();

    SpeakerDirectory(SpeakerRepository repository, List<Speaker> speakers) {
        this.repository = repository;
        speakers.forEach(this::remember);
    }

    /** The speaker a name, alias or slug stands for. */
    public Optional<Speaker> find(String nameOrAlias) {
        String key = SpeakerNames.key(nameOrAlias);
        return Optional.ofNullable(byName.get(key)).or(() -> Optional.ofNullable(bySlug.get(key)));
    }

    /** The speaker of that name, created under a slug of the name when no one has it yet. */
    public Speaker findOrCreate(String name) {
        return find(name).orElseGet(() -> {
            String base = Slugs.of(name, 100);
            String slug = base.isEmpty() ? "speaker" : base;
            for (int n = 2; bySlug.containsKey(slug); n++) {
                slug = base + "-" + n;
            }
            Speaker created = repository.save(new Speaker(slug, name.strip(), null, List.of()));
            remember(created);
            return created;
        });
    }

    private void remember(Speaker speaker) {
        bySlug.put(speaker.getSlug(), speaker);
        byName.put(SpeakerNames.key(speaker.getName()), speaker);
        speaker.getAliases().forEach(alias -> byName.putIfAbsent(SpeakerNames.key(alias), speaker));
    }
}
