package org.interviewarchive.search;

import java.time.LocalDate;
import java.util.List;
import org.interviewarchive.quote.QuoteDetail;

/**
 * What the archive says of a sentence a reader pasted: found word for word, found with small differences, only
 * something of similar meaning, or nothing.
 *
 * @param sentence the sentence as asked
 * @param verdict  the best of the matches' verdicts
 * @param matches  best first; for verbatim and close matches the earliest dated first
 * @param earliest the earliest dated verbatim or close occurrence when the words are in several interviews, else null
 */
public record CheckResult(String sentence, Verdict verdict, List<Match> matches, Match earliest) {

    public enum Verdict {
        VERBATIM,
        CLOSE,
        SIMILAR_MEANING,
        NOT_FOUND
    }

    /**
     * @param quote     the quote, with its interview and speaker
     * @param date      the interview's publication date, or null
     * @param ownWords  whether the quote is its speaker's own words (DIRECT); a report or a summary is not
     * @param verdict   how the sentence stands to this quote
     * @param similarity 1 for the same words; for close matches the share of characters alike, for similar meaning the
     *                   cosine similarity
     * @param words     for a close match, the quote's stretch and the sentence word by word; else empty
     */
    public record Match(QuoteDetail quote, LocalDate date, boolean ownWords, Verdict verdict, double similarity,
            List<Word> words) {
    }

    public enum Change {
        SAME,
        ONLY_QUOTE,
        ONLY_ASKED
    }

    public record Word(String text, Change change) {
    }

    static CheckResult notFound(String sentence) {
        return new CheckResult(sentence, Verdict.NOT_FOUND, List.of(), null);
    }
}
