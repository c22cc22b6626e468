package org.interviewarchive.interview;

/** One speaker's part in one interview, for pages about the speaker. */
public record SpeakerAppearance(InterviewRef interview, Role role, int turns, int quotes) {
}
