package org.interviewarchive.reading;

import java.util.Locale;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.speaker.SpeakerRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Whose words a quote is, as plain text for what is not a page (titles, link previews, exports); the pages say the
 * same with the {@code byline} fragment. A REPORTED quote is named by its narrator and a SUMMARY by its notes, then
 * whom they are about, so that neither reads as the speaker's own words.
 */
@Component
public class Bylines {

    private final MessageSource messages;

    public Bylines(MessageSource messages) {
        this.messages = messages;
    }

    /** The byline, or null for unattributed words of no particular kind. */
    public String of(QuoteKind kind, SpeakerRef speaker, SpeakerRef narrator, String notesSource, Locale locale) {
        String writer = switch (kind) {
            case REPORTED -> narrator == null ? text("attribution.reported.unknown", locale)
                    : text("attribution.reported", locale, narrator.name());
            case SUMMARY -> notesSource == null ? text("attribution.summary.unknown", locale)
                    : text("attribution.summary", locale, notesSource);
            case DIRECT, NARRATION -> null;
        };
        if (writer == null) {
            return speaker == null ? null : speaker.name();
        }
        return speaker == null ? writer : writer + text("attribution.about", locale) + speaker.name();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
