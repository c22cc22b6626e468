package org.interviewarchive.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.SpeakerRef;
import org.interviewarchive.web.ExternalLinks;
import org.springframework.stereotype.Service;

/** Builds the reading view of an interview: the quotes a reader's filters let through, in place, with every link. */
@Service
class InterviewReader {

    private final InterviewService interviews;
    private final QuoteService quotes;

    InterviewReader(InterviewService interviews, QuoteService quotes) {
        this.interviews = interviews;
        this.quotes = quotes;
    }

    Optional<Reading> read(String slug, ReadingQuery query) {
        return interviews.view(slug)
                .map(interview -> new Build(interview, query, quotes.placedInReadingOrder(slug)).reading());
    }

    private static String sectionAnchor(String sectionSlug) {
        return "s-" + sectionSlug;
    }

    /** One reading view in the making: the interview, what the reader asked for, and what that resolves to. */
    private static final class Build {

        private final InterviewView interview;
        private final ReadingQuery query;
        private final List<PlacedQuote> all;
        private final String base;
        private final List<String> sectionSlugs;
        private final Map<String, String> colours;
        /** Each speaker filter value that names a participant, and that participant's slug. */
        private final Map<String, String> speakerOf;
        /** Each topic filter value that names a section, and that section's position. */
        private final Map<String, Integer> sectionOf;
        private final List<PlacedQuote> shown;
        private final boolean translated;

        Build(InterviewView interview, ReadingQuery requested, List<PlacedQuote> all) {
            this.interview = interview;
            this.all = all;
            this.base = "/interviews/" + interview.slug();
            this.translated = all.stream().anyMatch(placed -> placed.quote().translation() != null);
            this.query = translated ? requested : requested.showing(ReadingQuery.Show.BOTH);
            this.sectionSlugs = SectionSlugs.of(interview.sections().stream().map(InterviewView.SectionView::title).toList());
            this.colours = colours();
            this.speakerOf = resolve(query.speakers(), this::participantNamed);
            this.sectionOf = resolve(query.topics(), this::sectionNamed);
            Set<String> speakers = new HashSet<>(speakerOf.values());
            Set<Integer> sections = new HashSet<>(sectionOf.values());
            this.shown = all.stream()
                    .filter(placed -> query.speakers().isEmpty() || (placed.quote().speaker() != null
                            && speakers.contains(placed.quote().speaker().slug())))
                    .filter(placed -> query.topics().isEmpty() || sections.contains(placed.section()))
                    .toList();
        }

        Reading reading() {
            return new Reading(interview, query, participants(), contents(), parts(), filters(), shown.size(),
                    all.size(), shows(), wholeInterview(), query.applyTo(base + "/export.md"),
                    ExternalLinks.http(interview.sourceUrl()), ExternalLinks.http(interview.mediaUrl()));
        }

        /** The whole interview, keeping the show mode. */
        private String wholeInterview() {
            return query.unfiltered().applyTo(base);
        }

        private List<Reading.Participant> participants() {
            return interview.speakers().stream()
                    .map(p -> {
                        boolean selected = speakerOf.containsValue(p.slug());
                        List<String> values = selected ? withoutAllNaming(query.speakers(), speakerOf, p.slug())
                                : plus(query.speakers(), p.slug());
                        return new Reading.Participant(p.slug(), p.name(), p.role(), p.quotes(), colours.get(p.slug()),
                                selected, query.withSpeakers(values).applyTo(base));
                    })
                    .toList();
        }

        private List<Reading.ContentsEntry> contents() {
            Set<Integer> shownSections = new HashSet<>();
            shown.forEach(placed -> shownSections.add(placed.section()));
            List<InterviewView.SectionView> sections = interview.sections();
            List<Reading.ContentsEntry> contents = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                String anchor = sectionAnchor(sectionSlugs.get(i));
                String href = shownSections.contains(i) ? "#" + anchor
                        : sections.get(i).quotes() > 0 ? wholeInterview() + "#" + anchor
                        : null;
                boolean selected = sectionOf.containsValue(i);
                // "Only this section" replaces any topic filter; several topics remain possible by URL.
                List<String> values = selected ? withoutAllNaming(query.topics(), sectionOf, i)
                        : List.of(sectionSlugs.get(i));
                contents.add(new Reading.ContentsEntry(sectionSlugs.get(i), sections.get(i).title(),
                        sections.get(i).quotes(), href, query.withTopics(values).applyTo(base), selected));
            }
            return contents;
        }

        /** Runs of shown quotes under one heading; the speaker's name starts each turn and each run. */
        private List<Reading.Part> parts() {
            List<Reading.Part> parts = new ArrayList<>();
            List<Reading.Line> lines = null;
            int section = Integer.MIN_VALUE;
            QuoteView previous = null;
            for (PlacedQuote placed : shown) {
                if (lines == null || placed.section() != section) {
                    section = placed.section();
                    lines = new ArrayList<>();
                    parts.add(section == PlacedQuote.NO_SECTION
                            ? new Reading.Part(null, null, lines)
                            : new Reading.Part(sectionAnchor(sectionSlugs.get(section)),
                                    interview.sections().get(section).title(), lines));
                    previous = null;
                }
                QuoteView quote = placed.quote();
                boolean turnStart = previous == null || previous.turn() != quote.turn()
                        || !Objects.equals(previous.speaker(), quote.speaker());
                lines.add(line(quote, turnStart));
                previous = quote;
            }
            return parts;
        }

        private Reading.Line line(QuoteView quote, boolean turnStart) {
            String colour = quote.speaker() == null ? Reading.NO_SPEAKER_CLASS : colours.get(quote.speaker().slug());
            String inPlace = query.filtered() ? wholeInterview() + "#q-" + quote.id() : null;
            boolean hasTranslation = quote.translation() != null;
            return switch (query.show()) {
                case BOTH -> new Reading.Line(quote.id(), quote.speaker(), quote.kind(), colour, turnStart,
                        quote.text(), quote.lang(), quote.translation(), quote.translationLang(), quote.url(), inPlace);
                case ORIGINAL -> new Reading.Line(quote.id(), quote.speaker(), quote.kind(), colour, turnStart,
                        quote.text(), quote.lang(), null, null, quote.url(), inPlace);
                case TRANSLATION -> new Reading.Line(quote.id(), quote.speaker(), quote.kind(), colour, turnStart,
                        hasTranslation ? quote.translation() : quote.text(),
                        hasTranslation ? quote.translationLang() : quote.lang(), null, null, quote.url(), inPlace);
            };
        }

        private List<Reading.ActiveFilter> filters() {
            List<Reading.ActiveFilter> filters = new ArrayList<>();
            for (String value : query.speakers()) {
                String slug = speakerOf.get(value);
                String label = interview.speakers().stream().filter(p -> p.slug().equals(slug))
                        .map(InterviewView.ParticipantView::name).findFirst().orElse(value);
                filters.add(new Reading.ActiveFilter("speaker", label, slug != null,
                        query.withSpeakers(minus(query.speakers(), value)).applyTo(base)));
            }
            for (String value : query.topics()) {
                Integer section = sectionOf.get(value);
                filters.add(new Reading.ActiveFilter("topic",
                        section == null ? value : interview.sections().get(section).title(), section != null,
                        query.withTopics(minus(query.topics(), value)).applyTo(base)));
            }
            return filters;
        }

        private List<Reading.ShowOption> shows() {
            if (!translated) {
                return List.of();
            }
            QuoteView sample = all.stream().map(PlacedQuote::quote).filter(quote -> quote.translation() != null)
                    .findFirst().orElseThrow();
            return Stream.of(ReadingQuery.Show.values())
                    .map(mode -> new Reading.ShowOption(mode.parameter(), switch (mode) {
                        case BOTH -> null;
                        case ORIGINAL -> sample.lang();
                        case TRANSLATION -> sample.translationLang();
                    }, query.showing(mode).applyTo(base), mode == query.show()))
                    .toList();
        }

        /**
         * A colour class per speaker: participants by their position in the interview, then anyone else quoted in
         * it, so that a speaker has one colour wherever the interview is drawn.
         */
        private Map<String, String> colours() {
            List<String> order = new ArrayList<>();
            interview.speakers().forEach(p -> order.add(p.slug()));
            all.stream().map(placed -> placed.quote().speaker()).filter(Objects::nonNull)
                    .map(SpeakerRef::slug).filter(slug -> !order.contains(slug)).distinct()
                    .forEach(order::add);
            Map<String, String> colours = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                colours.put(order.get(i), "speaker-c" + (i % Reading.PALETTE_SIZE));
            }
            return colours;
        }

        private String participantNamed(String value) {
            return interview.speakers().stream()
                    .filter(p -> p.slug().equalsIgnoreCase(value) || p.name().equalsIgnoreCase(value))
                    .map(InterviewView.ParticipantView::slug)
                    .findFirst()
                    .orElse(null);
        }

        private Integer sectionNamed(String value) {
            for (int i = 0; i < sectionSlugs.size(); i++) {
                if (sectionSlugs.get(i).equalsIgnoreCase(value) || interview.sections().get(i).title().strip().equals(value)) {
                    return i;
                }
            }
            return null;
        }
    }

    /** What each value names, leaving out values that name nothing. */
    private static <T> Map<String, T> resolve(List<String> values, Function<String, T> lookUp) {
        Map<String, T> resolved = new HashMap<>();
        for (String value : values) {
            T target = lookUp.apply(value);
            if (target != null) {
                resolved.put(value, target);
            }
        }
        return resolved;
    }

    /** The values without every one that names {@code target}: a speaker given by slug and by name goes at once. */
    private static <T> List<String> withoutAllNaming(List<String> values, Map<String, T> resolved, T target) {
        return values.stream().filter(value -> !target.equals(resolved.get(value))).toList();
    }

    private static List<String> minus(List<String> values, String value) {
        return values.stream().filter(existing -> !existing.equals(value)).toList();
    }

    private static List<String> plus(List<String> values, String value) {
        return Stream.concat(values.stream(), Stream.of(value)).toList();
    }
}
