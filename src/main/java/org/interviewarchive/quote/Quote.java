package org.interviewarchive.quote;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.interviewarchive.interview.Interview;
import org.interviewarchive.interview.Section;
import org.interviewarchive.speaker.Speaker;

/** The unit a reader cites: one paragraph of one turn, under a public id that keeps working. */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 16)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interview_id")
    private Interview interview;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private Speaker speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private Section section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int turn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuoteKind kind;

    @Column(nullable = false, length = 20000)
    private String text;

    @Column(nullable = false, length = 8)
    private String lang;

    @Column(length = 20000)
    private String translation;

    @Column(name = "translation_lang", length = 8)
    private String translationLang;

    @Column(name = "estimated_seconds")
    private Integer estimatedSeconds;

    @Column(name = "start_seconds")
    private Integer startSeconds;

    @Column(name = "original_lang", length = 8)
    private String originalLang;

    protected Quote() {
    }

    Quote(String publicId, Interview interview, Section section, int position, QuoteDraft draft) {
        this.publicId = publicId;
        this.interview = interview;
        this.section = section;
        this.position = position;
        this.speaker = draft.speaker();
        this.turn = draft.turn();
        this.kind = draft.kind();
        this.text = draft.text();
        this.lang = draft.lang();
        this.translation = draft.translation();
        this.translationLang = draft.translationLang();
        this.estimatedSeconds = draft.estimatedSeconds();
        this.startSeconds = draft.startSeconds();
        this.originalLang = draft.originalLang();
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Interview getInterview() {
        return interview;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public Section getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public int getTurn() {
        return turn;
    }

    public QuoteKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLang() {
        return lang;
    }

    public String getTranslation() {
        return translation;
    }

    public String getTranslationLang() {
        return translationLang;
    }

    /** Where in the programme the quote starts, estimated from its place in the text; null when unknown. */
    public Integer getEstimatedSeconds() {
        return estimatedSeconds;
    }

    /** Where in the programme the quote starts as the transcript states it; null when it does not. */
    public Integer getStartSeconds() {
        return startSeconds;
    }

    /** The language the words were spoken in: the text's, or the translation's. */
    public String getOriginalLang() {
        return originalLang != null ? originalLang : lang;
    }
}
