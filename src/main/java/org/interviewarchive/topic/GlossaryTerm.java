package org.interviewarchive.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.interviewarchive.interview.Interview;

/** A term an interview's own glossary defines. */
@Entity
@Table(name = "glossary_term")
class GlossaryTerm {

    private static final String ALIAS_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interview_id")
    private Interview interview;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String term;

    @Column(length = 1000)
    private String aliases;

    @Column(length = 2000)
    private String explanation;

    protected GlossaryTerm() {
    }

    GlossaryTerm(Interview interview, int position, GlossaryEntry entry) {
        this.interview = interview;
        this.position = position;
        this.term = entry.term();
        this.aliases = String.join(ALIAS_SEPARATOR, entry.aliases());
        this.explanation = entry.explanation();
    }

    String term() {
        return term;
    }

    List<String> aliases() {
        return aliases == null || aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split(ALIAS_SEPARATOR));
    }

    String explanation() {
        return explanation;
    }
}
