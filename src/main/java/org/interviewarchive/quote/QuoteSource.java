package org.interviewarchive.quote;

import java.time.LocalDate;
import org.interviewarchive.interview.Interview;

/** The interview a quote comes from, with what a citation of it needs. */
public record QuoteSource(
        String slug,
        String title,
        String source,
        String sourceUrl,
        String mediaUrl,
        LocalDate date) {

    static QuoteSource of(Interview interview) {
        return new QuoteSource(interview.getSlug(), interview.getTitle(), interview.getSource(),
                interview.getSourceUrl(), interview.getMediaUrl(), interview.getPublishedOn());
    }
}
