package org.interviewarchive.quote;

import org.interviewarchive.speaker.SpeakerRef;

/**
 * A quote as the API and pages show it.
 *
 * @param estimatedSeconds where in the programme it starts, estimated (shown with ≈); null when unknown
 */
public record QuoteView(
        String id,
        int position,
        int turn,
        SpeakerRef speaker,
        String section,
        QuoteKind kind,
        String text,
        String lang,
        String translation,
        String translationLang,
        String url,
        Integer estimatedSeconds) {

    static QuoteView of(Quote quote) {
        return new QuoteView(
                quote.getPublicId(),
                quote.getPosition(),
                quote.getTurn(),
                SpeakerRef.of(quote.getSpeaker()),
                quote.getSection() == null ? null : quote.getSection().getTitle(),
                quote.getKind(),
                quote.getText(),
                quote.getLang(),
                quote.getTranslation(),
                quote.getTranslationLang(),
                "/q/" + quote.getPublicId(),
                quote.getEstimatedSeconds());
    }
}
