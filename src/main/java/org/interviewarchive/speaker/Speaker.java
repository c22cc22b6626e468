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
import java.util.Set;
import java.util.TreeSet;

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

    @Column(length = 1000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    @Column(name = "alias", length = 200)
    private Set<String> aliases = new TreeSet<>();

    protected Speaker() {
    }

    Speaker(String slug, String name, String description, Collection<String> aliases) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.aliases.addAll(aliases);
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

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }

    void update(String name, String description, Collection<String> aliases) {
        this.name = name;
        this.description = description;
        this.aliases.clear();
        this.aliases.addAll(aliases);
    }
}
