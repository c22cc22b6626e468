package org.interviewarchive.reading.interview;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteView;

/** An interview with every quote in reading order. */
public record InterviewDetail(
        @JsonUnwrapped InterviewView interview,
        List<QuoteView> quotes) {
}
