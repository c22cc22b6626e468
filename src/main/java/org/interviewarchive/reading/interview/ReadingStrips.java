package org.interviewarchive.reading.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.quote.QuoteView;

/**
 * The strips across an interview's length, placed by where each quote's text stands in the whole: who speaks when,
 * and where the topics the reader filtered by occur. Every mark links to its quote, on this page or in the whole
 * interview.
 */
final class ReadingStrips {

    /** Marks narrower than this would vanish on a phone. */
    private static final double MIN_MARK_WIDTH = 2;
    private static final int MARK_LABEL_LENGTH = 40;
    /** More marks than this on a strip are thinned to one per stretch of its width. */
    private static final int MAX_MARKS = 250;

    private final ReadingContext context;
    private final ReadingPaging paging;
    private final double scale;

    ReadingStrips(ReadingContext context, ReadingPaging paging) {
        this.context = context;
        this.paging = paging;
        int total = context.all().stream().mapToInt(placed -> placed.quote().text().length()).sum();
        this.scale = (double) Reading.STRIP_WIDTH / Math.max(1, total);
    }

    /** One mark per turn. */
    List<Reading.Mark> speakers() {
        List<PlacedQuote> all = context.all();
        List<Reading.Mark> marks = new ArrayList<>();
        int start = 0;
        int index = 0;
        while (index < all.size()) {
            QuoteView first = all.get(index).quote();
            int length = 0;
            int end = index;
            while (end < all.size() && ReadingContext.sameTurn(first, all.get(end).quote())) {
                length += all.get(end).quote().text().length();
                end++;
            }
            marks.add(mark(first, start, length));
            start += length;
            index = end;
        }
        return thinned(marks);
    }

    /** One mark per quote about a topic. */
    List<Reading.Mark> topics(Predicate<PlacedQuote> about) {
        List<Reading.Mark> marks = new ArrayList<>();
        int start = 0;
        for (PlacedQuote placed : context.all()) {
            int length = placed.quote().text().length();
            if (about.test(placed)) {
                marks.add(mark(placed.quote(), start, length));
            }
            start += length;
        }
        return thinned(marks);
    }

    private Reading.Mark mark(QuoteView quote, int start, int length) {
        String href = paging.href(quote.id());
        String who = quote.speaker() == null ? "" : quote.speaker().name() + ": ";
        String text = quote.text().codePointCount(0, quote.text().length()) <= MARK_LABEL_LENGTH ? quote.text()
                : quote.text().substring(0, quote.text().offsetByCodePoints(0, MARK_LABEL_LENGTH)) + "…";
        return new Reading.Mark(round(start * scale), round(Math.max(MIN_MARK_WIDTH, length * scale)),
                context.colourOf(quote.speaker()), href, who + text);
    }

    /**
     * The marks as they are, or for a very long interview at most one per unit of the strip's width: a strip keeps
     * the size of a strip however many turns there are.
     */
    private static List<Reading.Mark> thinned(List<Reading.Mark> marks) {
        if (marks.size() <= MAX_MARKS) {
            return marks;
        }
        List<Reading.Mark> kept = new ArrayList<>();
        for (Reading.Mark mark : marks) {
            if (kept.isEmpty() || mark.x() > kept.getLast().x() + (double) Reading.STRIP_WIDTH / MAX_MARKS) {
                kept.add(mark);
            }
        }
        return kept;
    }

    private static double round(double units) {
        return Math.round(units * 10) / 10.0;
    }
}
