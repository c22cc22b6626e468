package org.interviewarchive.reading.interview;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.SectionSlugs;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.search.TopicRef;
import org.interviewarchive.speaker.SpeakerRef;

/**
 * What every part of a reading view is built from: the interview, all its quotes in order with the terms each talks
 * about, what the reader asked for, and the names and colours derived from them.
 *
 * @param query    what the reader asked for; the show mode only where something is translated
 * @param all      every quote of the interview, in reading order
 * @param terms    the vocabulary terms each quote talks about, by the quote's position
 * @param sections each section's slug within the interview, by position
 * @param colours  each speaker's colour class, by slug
 */
record ReadingContext(InterviewView interview, ReadingQuery query, List<PlacedQuote> all,
                      Map<Integer, List<TopicRef>> terms, List<String> sections, Map<String, String> colours) {

    /** The CSS class of unattributed text; speakers get {@code speaker-c0} to {@code speaker-c7}. */
    static final String NO_SPEAKER_CLASS = "speaker-none";
    static final int PALETTE_SIZE = 8;

    static ReadingContext of(InterviewView interview, ReadingQuery requested, List<PlacedQuote> all,
            Map<Integer, List<TopicRef>> terms) {
        boolean translated = all.stream().anyMatch(placed -> placed.quote().translation() != null);
        return new ReadingContext(interview, translated ? requested : requested.showing(ReadingQuery.Show.BOTH), all,
                terms, SectionSlugs.ofInterview(interview.sections().stream().map(InterviewView.SectionView::title).toList()),
                colours(interview, all));
    }

    boolean translated() {
        return all.stream().anyMatch(placed -> placed.quote().translation() != null);
    }

    /** This interview's page with a query. */
    String url(ReadingQuery with) {
        return with.applyTo(path());
    }

    String path() {
        return "/interviews/" + interview.slug();
    }

    /** The whole interview, keeping the show mode. */
    String wholeInterview() {
        return url(query.unfiltered());
    }

    List<TopicRef> termsOf(QuoteView quote) {
        return terms.getOrDefault(quote.position(), List.of());
    }

    String colourOf(SpeakerRef speaker) {
        return speaker == null ? NO_SPEAKER_CLASS : colours.get(speaker.slug());
    }

    static String sectionAnchor(String sectionSlug) {
        return "s-" + sectionSlug;
    }

    /** Whether two quotes are one run of words under one byline: one turn, one speaker, one kind. */
    static boolean sameTurn(QuoteView first, QuoteView other) {
        return first.turn() == other.turn() && Objects.equals(first.speaker(), other.speaker())
                && first.kind() == other.kind();
    }

    /**
     * A colour class per speaker: participants by their position in the interview, then anyone else quoted in it, so
     * that a speaker has one colour wherever the interview is drawn.
     */
    private static Map<String, String> colours(InterviewView interview, List<PlacedQuote> all) {
        Set<String> order = new LinkedHashSet<>();
        interview.speakers().forEach(p -> order.add(p.slug()));
        all.stream().map(placed -> placed.quote().speaker()).filter(Objects::nonNull).map(SpeakerRef::slug)
                .forEach(order::add);
        Map<String, String> colours = new HashMap<>();
        for (String slug : order) {
            colours.put(slug, "speaker-c" + (colours.size() % PALETTE_SIZE));
        }
        return colours;
    }
}
