package org.interviewarchive.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An interview's heading or chapter, in order: the topic its quotes fall under. */
@Entity
@Table(name = "section")
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interview_id")
    private Interview interview;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "start_seconds")
    private Integer startSeconds;

    @Column(name = "quote_count", nullable = false)
    private int quoteCount;

    protected Section() {
    }

    Section(Interview interview, int position, String title, Integer startSeconds, int quoteCount) {
        this.interview = interview;
        this.position = position;
        this.title = title;
        this.startSeconds = startSeconds;
        this.quoteCount = quoteCount;
    }

    public Long getId() {
        return id;
    }

    public Interview getInterview() {
        return interview;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public Integer getStartSeconds() {
        return startSeconds;
    }

    public int getQuoteCount() {
        return quoteCount;
    }
}
