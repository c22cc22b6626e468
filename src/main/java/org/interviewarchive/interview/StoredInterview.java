package org.interviewarchive.interview;

import java.time.Instant;

/** An interview with when it was last stored, for feeds and the sitemap. */
public record StoredInterview(InterviewView interview, Instant stored) {
}
