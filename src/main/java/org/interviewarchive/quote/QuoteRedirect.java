package org.interviewarchive.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An id whose quote's text changed, pointing at the quote most like it now. */
@Entity
@Table(name = "quote_redirect")
class QuoteRedirect {

    @Id
    @Column(name = "old_id", length = 16)
    private String oldId;

    @Column(name = "new_id", nullable = false, length = 16)
    private String newId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuoteRedirect() {
    }

    QuoteRedirect(String oldId, String newId, Instant createdAt) {
        this.oldId = oldId;
        this.newId = newId;
        this.createdAt = createdAt;
    }

    String oldId() {
        return oldId;
    }

    String newId() {
        return newId;
    }

    void pointAt(String target) {
        this.newId = target;
    }
}
