package org.interviewarchive.reading.speaker;

import java.util.List;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteView;

/** One speaker's quotes from one interview, in reading order. */
public record InterviewQuotes(InterviewRef interview, List<QuoteView> quotes) {
}
