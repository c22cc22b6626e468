package org.interviewarchive.reading.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.reading.MediaMoments;
import org.interviewarchive.reading.ProgrammeTimes;
import org.interviewarchive.search.InterviewFind;

/**
 * The shown quotes as the page lays them out: runs under their section headings, the speaker's name at the start of
 * each turn and each run, the show mode's texts, and the words being found marked, with steps between the matches.
 */
final class ReadingParts {

    private final ReadingContext context;
    private final ReadingPaging paging;
    private final List<PlacedQuote> shown;
    private final Map<String, InterviewFind.Found> found;
    /** The shown quotes the words match, in order, by id: their place among the matches. */
    private final Map<String, Integer> matchNumber = new HashMap<>();
    private final List<String> matches = new ArrayList<>();
    /** Terms more than half the quotes are about: a tag on every other quote tells a reader nothing. */
    private final Set<String> commonTerms = new HashSet<>();

    ReadingParts(ReadingContext context, ReadingPaging paging, Map<String, InterviewFind.Found> found) {
        this.context = context;
        this.paging = paging;
        this.shown = paging.shown();
        this.found = found;
        Map<String, Integer> tagged = new HashMap<>();
        List<PlacedQuote> all = context.all();
        for (PlacedQuote placed : all) {
            context.termsOf(placed.quote()).forEach(term -> tagged.merge(term.slug(), 1, Integer::sum));
        }
        tagged.forEach((slug, count) -> {
            if (count * 2 > all.size()) {
                commonTerms.add(slug);
            }
        });
        shown.stream().map(placed -> placed.quote().id()).filter(found::containsKey).forEach(id -> {
            matchNumber.put(id, matches.size());
            matches.add(id);
        });
    }

    List<Reading.Part> parts() {
        List<Reading.Part> parts = new ArrayList<>();
        List<Reading.Line> lines = null;
        int section = Integer.MIN_VALUE;
        QuoteView previous = null;
        for (PlacedQuote placed : paging.onPage()) {
            if (lines == null || placed.section() != section) {
                section = placed.section();
                lines = new ArrayList<>();
                parts.add(section == PlacedQuote.NO_SECTION
                        ? new Reading.Part(null, null, lines)
                        : new Reading.Part(ReadingContext.sectionAnchor(context.sections().get(section)),
                                context.interview().sections().get(section).title(), lines));
                previous = null;
            }
            QuoteView quote = placed.quote();
            lines.add(line(quote, previous == null || !ReadingContext.sameTurn(previous, quote)));
            previous = quote;
        }
        return parts;
    }

    /** What the words found: how many quotes, how many of them are shown, the first; null when nothing was asked. */
    Reading.Find find() {
        ReadingQuery query = context.query();
        if (query.find().isEmpty()) {
            return null;
        }
        return new Reading.Find(query.find(), found.size(), matches.size(),
                matches.isEmpty() ? null : paging.href(matches.getFirst()), context.url(query.withoutFind()));
    }

    private Reading.Line line(QuoteView quote, boolean turnStart) {
        ReadingQuery query = context.query();
        String inPlace = query.filtered() ? paging.inWhole(quote.id()) : null;
        String time = turnStart ? ProgrammeTimes.startOf(quote.startSeconds(), quote.estimatedSeconds()) : null;
        String timeUrl = time == null ? null
                : MediaMoments.at(context.interview().mediaUrl(), quote.startSeconds() != null ? quote.startSeconds()
                        : quote.estimatedSeconds());
        List<Reading.Tag> tags = context.termsOf(quote).stream()
                .filter(term -> !commonTerms.contains(term.slug()))
                .map(term -> new Reading.Tag(term.label(), context.url(query.withTopics(List.of(term.slug())))))
                .toList();
        InterviewFind.Found match = found.get(quote.id());
        boolean translationFirst = query.show() == ReadingQuery.Show.TRANSLATION && quote.translation() != null;
        String text = translationFirst ? quote.translation() : quote.text();
        String lang = translationFirst ? quote.translationLang() : quote.lang();
        boolean second = query.show() == ReadingQuery.Show.BOTH;
        Reading.Marked marked = match == null ? null : marked(quote.id(),
                translationFirst ? match.translation() : match.text(), second ? match.translation() : null);
        return new Reading.Line(quote.id(), quote.speaker(), quote.kind(), context.colourOf(quote.speaker()), turnStart,
                text, lang, second ? quote.translation() : null, second ? quote.translationLang() : null, quote.url(),
                inPlace, marked, tags, time, quote.startSeconds() == null, timeUrl, quote.originalLang(),
                quote.narrator(), quote.notesSource(),
                turnStart && !query.speakers().isEmpty() ? repliedTo(quote) : null);
    }

    /**
     * The turn before a shown answer's, by someone else and hidden by the speaker filter: what the answer replies to;
     * null when there is none or it is shown anyway.
     */
    private Reading.Reply repliedTo(QuoteView answer) {
        List<PlacedQuote> all = context.all();
        int end = paging.allIndex().get(answer.id());
        while (end > 0 && ReadingContext.sameTurn(all.get(end - 1).quote(), answer)) {
            end--;
        }
        if (end == 0 || paging.isShown(all.get(end - 1).quote().id())
                || Objects.equals(all.get(end - 1).quote().speaker(), answer.speaker())) {
            return null;
        }
        QuoteView last = all.get(end - 1).quote();
        int start = end - 1;
        while (start > 0 && ReadingContext.sameTurn(all.get(start - 1).quote(), last)) {
            start--;
        }
        List<String> texts = all.subList(start, end).stream().map(placed -> placed.quote().text()).toList();
        return new Reading.Reply(last.speaker(), String.join("\n", texts), "q-" + all.get(start).quote().id());
    }

    private Reading.Marked marked(String id, String text, String secondText) {
        Integer at = matchNumber.get(id);
        if (at == null) {
            return null;
        }
        return new Reading.Marked(text, secondText, at + 1, at > 0 ? paging.href(matches.get(at - 1)) : null,
                at < matches.size() - 1 ? paging.href(matches.get(at + 1)) : null);
    }
}
