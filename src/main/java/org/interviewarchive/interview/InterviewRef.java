package org.interviewarchive.interview;

/** How other features point at an interview: slug and title. */
public record InterviewRef(String slug, String title) {

    public static InterviewRef of(Interview interview) {
        return new InterviewRef(interview.getSlug(), interview.getTitle());
    }
}
