package org.interviewarchive.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An interview an admin deleted, remembered by its source file so that the ingest at start leaves it deleted. */
@Entity
@Table(name = "deleted_interview")
class DeletedInterview {

    @Id
    @Column(name = "source_file", length = 500)
    private String sourceFile;

    @Column(nullable = false, length = 160)
    private String slug;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected DeletedInterview() {
    }

    DeletedInterview(String sourceFile, String slug, Instant deletedAt) {
        this.sourceFile = sourceFile;
        this.slug = slug;
        this.deletedAt = deletedAt;
    }

    String slug() {
        return slug;
    }
}
