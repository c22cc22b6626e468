package org.interviewarchive.ingest.parse;

import java.time.LocalDate;

/**
 * What the text says about itself. Every field may be null when the text does not say.
 *
 * @param title           the interview's title
 * @param source          publisher or programme
 * @param sourceUrl       where the text was published
 * @param mediaUrl        the original audio or video
 * @param date            publication date
 * @param summary         the editor's introduction
 * @param durationSeconds the programme's length
 */
public record TranscriptMetadata(
        String title,
        String source,
        String sourceUrl,
        String mediaUrl,
        LocalDate date,
        String summary,
        Integer durationSeconds) {

    public static TranscriptMetadata empty() {
        return new TranscriptMetadata(null, null, null, null, null, null, null);
    }
}
