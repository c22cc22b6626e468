package org.interviewarchive.speaker;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One person across all interviews. */
@Entity
@Table(name = "speaker")
public class Speaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    /** The name as looked up: see {@link SpeakerNames#key}. */
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(length = 1000)
    private String description;

    /** Whether the speaker registry names this speaker: what the registry knows wins over a label's own name. */
    @Column(name = "in_registry", nullable = false)
    private boolean inRegistry;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    private Set<SpeakerAlias> aliases = new HashSet<>();

    protected Speaker() {
    }

    Speaker(String slug, String name, String description, Collection<String> aliases) {
        this.slug = slug;
        update(name, description, aliases);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** Every other way transcripts write this speaker, in alphabetical order. */
    public Set<String> getAliases() {
        return aliases.stream().map(SpeakerAlias::alias).collect(Collectors.toCollection(TreeSet::new));
    }

    boolean isInRegistry() {
        return inRegistry;
    }

    /** Takes the registry's entry for this speaker. */
    void register(String name, String description, Collection<String> aliases) {
        update(name, description, aliases);
        inRegistry = true;
    }

    private void update(String name, String description, Collection<String> aliases) {
        this.name = name;
        this.nameKey = SpeakerNames.key(name);
        this.description = description;
        this.aliases.clear();
        aliases.stream().map(SpeakerAlias::new).forEach(this.aliases::add);
    }
}
