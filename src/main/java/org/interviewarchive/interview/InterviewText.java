package org.interviewarchive.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.interviewarchive.text.TextSignature;

/** The signature of an interview's text, by which a copy of it under another file name is told. */
@Entity
@Table(name = "interview_text")
class InterviewText {

    @Id
    @Column(name = "interview_id")
    private Long interviewId;

    @Column(name = "text_hash", nullable = false, length = 64)
    private String textHash;

    @Column(name = "text_length", nullable = false)
    private int textLength;

    @Column(name = "sketch", nullable = false, length = 1200)
    private String sketch;

    protected InterviewText() {
    }

    InterviewText(Long interviewId, TextSignature signature) {
        this.interviewId = interviewId;
        update(signature);
    }

    void update(TextSignature signature) {
        textHash = signature.hash();
        textLength = signature.length();
        sketch = signature.sketch();
    }

    Long interviewId() {
        return interviewId;
    }

    TextSignature signature() {
        return new TextSignature(textHash, textLength, sketch);
    }
}
