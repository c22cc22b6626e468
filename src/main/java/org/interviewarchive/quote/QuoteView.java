package org.interviewarchive.quote;

import org.interviewarchive.interview.Interview;
import org.interviewarchive.interview.Role;
import org.interviewarchive.speaker.SpeakerRef;

/**
 * A quote as the API and pages show it.
 *
 * @param originalLang     the language the words were spoken in: {@code lang}, or {@code translationLang} when the
 *                         text is a rendering of what was said in the other language
 * @param startSeconds     where in the programme it starts, as the transcript states it; null when it does not
 * @param estimatedSeconds where in the programme it starts, estimated (shown with ≈); null when unknown
 * @param narrator         for a REPORTED quote, who retells it (the speaker is whom it is about); else null
 * @param notesSource      for a SUMMARY, whose notes word it (the interview's source); else null
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
        String originalLang,
        Integer startSeconds,
        Integer estimatedSeconds,
        SpeakerRef narrator,
        String notesSource) {

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
                quote.getOriginalLang(),
                quote.getStartSeconds(),
                quote.getEstimatedSeconds(),
                quote.getKind() == QuoteKind.REPORTED ? narratorOf(quote.getInterview()) : null,
                quote.getKind() == QuoteKind.SUMMARY ? quote.getInterview().getSource() : null);
    }

    private static SpeakerRef narratorOf(Interview interview) {
        return interview.getParticipations().stream()
                .filter(participation -> participation.getRole() == Role.NARRATOR)
                .map(participation -> SpeakerRef.of(participation.getSpeaker()))
                .findFirst()
                .orElse(null);
    }
}
