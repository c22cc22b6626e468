package org.interviewarchive.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.interviewarchive.speaker.Speaker;

/** A speaker's role in one interview, with how much they say in it. */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interview_id")
    private Interview interview;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "speaker_id")
    private Speaker speaker;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private int turns;

    @Column(nullable = false)
    private int quotes;

    protected Participation() {
    }

    Participation(Interview interview, Speaker speaker, int position, Role role, int turns, int quotes) {
        this.interview = interview;
        this.speaker = speaker;
        this.position = position;
        this.role = role;
        this.turns = turns;
        this.quotes = quotes;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public Interview getInterview() {
        return interview;
    }

    public int getPosition() {
        return position;
    }

    public Role getRole() {
        return role;
    }

    public int getTurns() {
        return turns;
    }

    public int getQuotes() {
        return quotes;
    }
}
