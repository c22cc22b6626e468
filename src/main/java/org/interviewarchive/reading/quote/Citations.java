package org.interviewarchive.reading.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interviewarchive.quote.QuoteInContext;
import org.interviewarchive.quote.QuoteSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Ready citations of a quote: speaker, interview title, source, date and permalink, in the reader's language. */
@Component
class Citations {

    private final MessageSource messages;

    Citations(MessageSource messages) {
        this.messages = messages;
    }

    String of(QuoteInContext page, String permalink, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (page.quote().speaker() != null) {
            parts.add(page.quote().speaker().name());
        }
        QuoteSource interview = page.interview();
        parts.add(messages.getMessage("citation.title", new Object[] {interview.title()}, locale));
        if (interview.source() != null) {
            parts.add(interview.source());
        }
        if (interview.date() != null) {
            parts.add(interview.date().toString());
        }
        return String.join(messages.getMessage("citation.separator", null, locale), parts)
                + messages.getMessage("citation.end", null, locale) + " " + permalink;
    }
}
