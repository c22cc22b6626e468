package org.interviewarchive.reading.speaker;

import java.util.List;

/**
 * A speaker's quotes in three groups, each by interview: their own words first, then others' retellings of them and
 * notes about them, which are not the speaker's words and are shown and served apart.
 *
 * @param interviews what the speaker said themselves (DIRECT, or a narrator's NARRATION)
 * @param retold     REPORTED quotes: a narrator's retelling of what the speaker said
 * @param notes      SUMMARY quotes: notes' wording of the speaker's views
 */
public record SpeakerWords(List<InterviewQuotes> interviews, List<InterviewQuotes> retold, List<InterviewQuotes> notes) {
}
