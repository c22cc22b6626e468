package org.interviewarchive.quote;

import org.interviewarchive.speaker.Speaker;

/**
 * A quote to store, resolved by the ingest.
 *
 * @param speaker the speaker, or null for unattributed text
 * @param section          position of the interview's section it stands under, or -1 for none
 * @param originalLang     the language the words were spoken in: {@code lang} or {@code translationLang}
 * @param startSeconds     where in the programme it starts, as the transcript states it; null when it does not
 * @param estimatedSeconds where in the programme it starts, estimated; null when unknown
 */
public record QuoteDraft(
        Speaker speaker,
        int section,
        int turn,
        QuoteKind kind,
        String text,
        String lang,
        String translation,
        String translationLang,
        String originalLang,
        Integer startSeconds,
        Integer estimatedSeconds) {
}
