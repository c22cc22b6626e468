package org.interviewarchive.interview;

import java.time.LocalDate;
import java.util.List;
import org.interviewarchive.speaker.Speaker;

/**
 * Everything needed to store one interview, resolved and counted by the ingest.
 *
 * @param fileStamp what the file looked like from outside when it was read, null when it came another way
 */
public record InterviewDraft(
        String slug,
        String title,
        String source,
        String sourceUrl,
        String mediaUrl,
        LocalDate date,
        List<String> languages,
        String summary,
        Integer durationSeconds,
        String sourceFile,
        String contentHash,
        String fileStamp,
        String layout,
        int ingestVersion,
        int quoteCount,
        List<SectionDraft> sections,
        List<ParticipantDraft> participants) {

    public InterviewDraft {
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
        participants = List.copyOf(participants);
    }

    public record SectionDraft(String title, Integer startSeconds, int quotes) {
    }

    public record ParticipantDraft(Speaker speaker, Role role, int turns, int quotes) {
    }
}
