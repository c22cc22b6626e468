package org.interviewarchive.meaning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A quote's vector, kept by its public id (stable across re-ingests and databases) so that a restart or an index
 * rebuild reuses it. The hash of the text it was computed from tells when the quote's words changed under it.
 */
@Entity
@Table(name = "quote_vector")
class QuoteVector {

    @Id
    @Column(name = "quote_id", length = 16)
    private String quoteId;

    @Column(nullable = false, length = 64)
    private String model;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(nullable = false)
    private byte[] vector;

    protected QuoteVector() {
    }

    QuoteVector(String quoteId, String model, String sourceHash, float[] vector) {
        this.quoteId = quoteId;
        this.model = model;
        this.sourceHash = sourceHash;
        this.vector = VectorBytes.of(vector);
    }

    String quoteId() {
        return quoteId;
    }

    /** Whether it was computed by this model from these words. */
    boolean current(String currentModel, String currentHash) {
        return model.equals(currentModel) && sourceHash.equals(currentHash);
    }

    float[] vector() {
        return VectorBytes.vector(vector);
    }
}
