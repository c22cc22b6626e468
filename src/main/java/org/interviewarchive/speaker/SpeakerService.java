package org.interviewarchive.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.interviewarchive.text.Slugs;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's speakers: the registry kept in the database, and the one way a name, alias or slug is resolved to a
 * speaker, for the ingest, the interview filter and search alike.
 */
@Service
public class SpeakerService {

    static final int SLUG_LENGTH = 100;
    /** More people than ever share one name. */
    private static final Limit CANDIDATES = Limit.of(20);

    private final SpeakerRepository repository;
    private final SpeakerRegistry registry;
    private SpeakerRegistry.Contents synced;

    SpeakerService(SpeakerRepository repository, SpeakerRegistry registry) {
        this.repository = repository;
        this.registry = registry;
    }

    /**
     * Brings the registry's names, aliases and descriptions into the database when the registry changed since the
     * last time; returns its fingerprint, which changes whenever the file does.
     */
    @Transactional
    public synchronized String syncRegistry() {
        SpeakerRegistry.Contents current = registry.current();
        if (current != synced) {
            current.entries().forEach(this::sync);
            synced = current;
        }
        return current.fingerprint();
    }

    private void sync(SpeakerRegistry.Entry entry) {
        String slug = entry.slug() != null ? entry.slug() : Slugs.of(entry.name(), SLUG_LENGTH);
        Speaker speaker = repository.findBySlug(slug)
                .orElseGet(() -> repository.save(new Speaker(slug, entry.name(), entry.description(), List.of())));
        if (!speaker.isInRegistry() || !speaker.getName().equals(entry.name())
                || !speaker.getAliases().equals(Set.copyOf(entry.aliases()))
                || !Objects.equals(speaker.getDescription(), entry.description())) {
            speaker.register(entry.name(), entry.description(), entry.aliases());
        }
    }

    /** Every canonical name and alias of the registry, as written: what a parser may take for a name. */
    public Set<String> registryNames() {
        Set<String> names = new HashSet<>();
        for (SpeakerRegistry.Entry entry : registry.current().entries()) {
            names.add(entry.name());
            names.addAll(entry.aliases());
        }
        return names;
    }

    /** Every name and alias the database knows, as written. */
    @Transactional(readOnly = true)
    public Set<String> knownNames() {
        Set<String> names = new HashSet<>();
        for (Speaker speaker : repository.findAll()) {
            names.add(speaker.getName());
            names.addAll(speaker.getAliases());
        }
        return names;
    }

    /**
     * The speaker a canonical name, an alias or a slug stands for, compared by {@link SpeakerNames#key}: someone the
     * registry names before someone only a transcript did, a canonical name before an alias, then a slug; among
     * several, the first stored.
     */
    @Transactional(readOnly = true)
    public Optional<Speaker> findByAnyName(String nameAliasOrSlug) {
        String key = SpeakerNames.key(nameAliasOrSlug);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Speaker> candidates = new ArrayList<>(repository.findByNameKey(key, CANDIDATES));
        candidates.addAll(repository.findByAliasKey(key, CANDIDATES));
        return candidates.stream().filter(Speaker::isInRegistry).findFirst()
                .or(() -> candidates.stream().findFirst())
                .or(() -> repository.findBySlug(key));
    }

    /** The slug of the speaker a name, alias or slug stands for. */
    @Transactional(readOnly = true)
    public Optional<String> slugOf(String nameAliasOrSlug) {
        return findByAnyName(nameAliasOrSlug).map(Speaker::getSlug);
    }

    /** A directory for one unit of work; call inside the transaction that uses it. */
    public SpeakerDirectory directory() {
        return new SpeakerDirectory(this);
    }

    /** A new speaker under a slug of the name that no one has yet. */
    Speaker create(String name) {
        String cleaned = SpeakerNames.clean(name);
        String slug = Slugs.unique(Slugs.of(cleaned, SLUG_LENGTH), "speaker", repository::existsBySlug);
        return repository.save(new Speaker(slug, cleaned, null, List.of()));
    }

    @Transactional(readOnly = true)
    public Optional<Speaker> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public List<Speaker> all() {
        return repository.findAll().stream().sorted(Comparator.comparing(Speaker::getName)).toList();
    }
}
