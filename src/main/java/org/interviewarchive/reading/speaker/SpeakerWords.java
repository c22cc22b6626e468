package org.interviewarchive.reading.speaker;

import java.util.List;
import java.util.function.Predicate;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.reading.QuoteRuns;

/**
 * A speaker's quotes in three groups, each by interview: their own words first, then others' retellings of them and
 * notes about them, which are not the speaker's words and are shown and served apart.
 *
 * @param interviews what the speaker said themselves (DIRECT, or a narrator's NARRATION)
 * @param retold     REPORTED quotes: a narrator's retelling of what the speaker said
 * @param notes      SUMMARY quotes: notes' wording of the speaker's views
 */
public record SpeakerWords(List<InterviewQuotes> interviews, List<InterviewQuotes> retold, List<InterviewQuotes> notes) {

    /** Quotes in the index's order for a speaker (own words, retellings, notes, each by interview) in their groups. */
    public static SpeakerWords of(List<QuoteDetail> quotes) {
        return new SpeakerWords(only(quotes, QuoteKind::ownWords), only(quotes, kind -> kind == QuoteKind.REPORTED),
                only(quotes, kind -> kind == QuoteKind.SUMMARY));
    }

    private static List<InterviewQuotes> only(List<QuoteDetail> quotes, Predicate<QuoteKind> kinds) {
        return QuoteRuns.of(quotes.stream().filter(quote -> kinds.test(quote.quote().kind())).toList()).stream()
                .map(run -> new InterviewQuotes(run.interview(), run.quotes().stream().map(QuoteDetail::quote).toList()))
                .toList();
    }
}
