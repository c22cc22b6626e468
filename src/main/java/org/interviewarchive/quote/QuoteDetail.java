package org.interviewarchive.quote;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.interviewarchive.interview.InterviewRef;

/**
 * One quote with where it stands: its interview and the ids of the quotes before and after it (null at either end).
 */
public record QuoteDetail(
        @JsonUnwrapped QuoteView quote,
        InterviewRef interview,
        String previous,
        String next) {
}
