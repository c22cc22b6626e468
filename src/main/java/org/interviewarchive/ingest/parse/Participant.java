package org.interviewarchive.ingest.parse;

/**
 * Someone the text names as taking part, whether or not any passage is theirs (a host who only asks
 * questions that the notes leave out is still a participant).
 *
 * @param name the name or label as written
 * @param role the role the text gives, or null when it does not say
 */
public record Participant(String name, Role role) {
}
