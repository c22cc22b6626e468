package org.interviewarchive.reading;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;

/** Quotes as a page of a list has them, cut where the interview changes, for pages that head each run with it. */
public final class QuoteRuns {

    /** Quotes from one interview, in the order they came. */
    public record Run(InterviewRef interview, List<QuoteDetail> quotes) {
    }

    private QuoteRuns() {
    }

    public static List<Run> of(List<QuoteDetail> quotes) {
        List<Run> runs = new ArrayList<>();
        List<QuoteDetail> current = new ArrayList<>();
        for (QuoteDetail quote : quotes) {
            if (!current.isEmpty() && !current.getLast().interview().equals(quote.interview())) {
                runs.add(new Run(current.getFirst().interview(), List.copyOf(current)));
                current.clear();
            }
            current.add(quote);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.getFirst().interview(), List.copyOf(current)));
        }
        return runs;
    }
}
