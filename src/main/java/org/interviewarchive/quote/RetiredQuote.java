package org.interviewarchive.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The id of a quote whose interview was deleted: a permalink that answers 410 Gone instead of 404. */
@Entity
@Table(name = "retired_quote")
class RetiredQuote {

    @Id
    @Column(name = "public_id", length = 16)
    private String publicId;

    @Column(name = "interview_slug", nullable = false, length = 160)
    private String interviewSlug;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected RetiredQuote() {
    }

    RetiredQuote(String publicId, String interviewSlug, Instant retiredAt) {
        this.publicId = publicId;
        this.interviewSlug = interviewSlug;
        this.retiredAt = retiredAt;
    }
}
