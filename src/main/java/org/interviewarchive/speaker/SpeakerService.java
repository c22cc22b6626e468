package org.interviewarchive.speaker;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.interviewarchive.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The archive's speakers: the registry kept in the database, and look-ups by name, alias or slug. */
@Service
public class SpeakerService {

    private final SpeakerRepository repository;
    private final SpeakerRegistry registry;

    SpeakerService(SpeakerRepository repository, SpeakerRegistry registry) {
        this.repository = repository;
        this.registry = registry;
    }

    /** Brings the registry's names, aliases and descriptions into the database; cheap when nothing changed. */
    @Transactional
    public void syncRegistry() {
        for (SpeakerRegistry.Entry entry : registry.entries()) {
            String slug = entry.slug() != null ? entry.slug() : Slugs.of(entry.name(), 100);
            repository.findBySlug(slug).ifPresentOrElse(
                    speaker -> {
                        if (!speaker.getName().equals(entry.name())
                                || !speaker.getAliases().equals(Set.copyOf(entry.aliases()))
                                || !Objects.equals(speaker.getDescription(), entry.description())) {
                            speaker.update(entry.name(), entry.description(), entry.aliases());
                        }
                    },
                    () -> repository.save(new Speaker(slug, entry.name(), entry.description(), entry.aliases())));
        }
    }

    /** Every name and alias the registry and the database know, as written. */
    @Transactional(readOnly = true)
    public Set<String> knownNames() {
        Set<String> names = new HashSet<>();
        for (Speaker speaker : repository.findAll()) {
            names.add(speaker.getName());
            names.addAll(speaker.getAliases());
        }
        return names;
    }

    /** A directory for one unit of work; call inside the transaction that uses it. */
    public SpeakerDirectory directory() {
        return new SpeakerDirectory(repository, repository.findAll());
    }

    @Transactional(readOnly = true)
    public Optional<Speaker> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    /** The speaker a slug, canonical name or alias stands for. */
    @Transactional(readOnly = true)
    public Optional<Speaker> findByAnyName(String slugNameOrAlias) {
        return directory().find(slugNameOrAlias);
    }

    @Transactional(readOnly = true)
    public List<Speaker> all() {
        return repository.findAll().stream().sorted(Comparator.comparing(Speaker::getName)).toList();
    }
}
