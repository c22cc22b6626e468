package org.interviewarchive.interview;

import java.time.LocalDate;
import java.util.List;

/** An interview as the collection lists it: metadata, every participant, every section, with counts. */
public record InterviewView(
        String slug,
        String title,
        LocalDate date,
        String source,
        String sourceUrl,
        String mediaUrl,
        String summary,
        String sourceFile,
        List<String> languages,
        int quoteCount,
        List<ParticipantView> speakers,
        List<SectionView> sections) {

    public record ParticipantView(String slug, String name, Role role, int turns, int quotes) {
    }

    public record SectionView(String title, Integer startSeconds, int quotes) {
    }

    public static InterviewView of(Interview interview) {
        return new InterviewView(
                interview.getSlug(),
                interview.getTitle(),
                interview.getPublishedOn(),
                interview.getSource(),
                interview.getSourceUrl(),
                interview.getMediaUrl(),
                interview.getSummary(),
                interview.getSourceFile(),
                interview.getLanguages(),
                interview.getQuoteCount(),
                interview.getParticipations().stream()
                        .map(p -> new ParticipantView(p.getSpeaker().getSlug(), p.getSpeaker().getName(), p.getRole(),
                                p.getTurns(), p.getQuotes()))
                        .toList(),
                interview.getSections().stream()
                        .map(s -> new SectionView(s.getTitle(), s.getStartSeconds(), s.getQuoteCount()))
                        .toList());
    }
}
