package org.interviewarchive.interview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.interviewarchive.search.SearchService;
import org.interviewarchive.search.TopicRef;
import org.interviewarchive.search.TopicVocabulary;
import org.interviewarchive.speaker.SpeakerRef;
import org.interviewarchive.web.ExternalLinks;
import org.interviewarchive.web.ProgrammeTimes;
import org.springframework.stereotype.Service;

/** Builds the reading view of an interview: the quotes a reader's filters let through, in place, with every link. */
@Service
class InterviewReader {

    /** Marks narrower than this would vanish on a phone. */
    private static final double MIN_MARK_WIDTH = 2;
    private static final int MARK_LABEL_LENGTH = 40;

    private final InterviewService interviews;
    private final QuoteService quotes;
    private final SearchService search;

    InterviewReader(InterviewService interviews, QuoteService quotes, SearchService search) {
        this.interviews = interviews;
        this.quotes = quotes;
        this.search = search;
    }

    Optional<Reading> read(String slug, ReadingQuery query) {
        return interviews.view(slug).map(interview -> new Build(interview, query, quotes.placedInReadingOrder(slug),
                search.topicsOf(slug),
                query.find().isEmpty() ? Map.of() : search.findIn(slug, query.find()),
                search.keyTerms(slug)).reading());
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
        /** Each topic filter value that names a term this interview's quotes are tagged with, and the term's slug. */
        private final Map<String, String> termOf;
        /** The terms each quote is tagged with, by quote id. */
        private final Map<String, List<TopicRef>> terms;
        private final Map<String, SearchService.Found> found;
        private final List<String> keyTerms;
        private final List<PlacedQuote> shown;
        private final Set<String> shownIds = new HashSet<>();
        private final boolean translated;

        Build(InterviewView interview, ReadingQuery requested, List<PlacedQuote> all, Map<String, List<TopicRef>> tags,
              Map<String, SearchService.Found> found, List<String> keyTerms) {
            this.interview = interview;
            this.all = all;
            this.found = found;
            this.keyTerms = keyTerms;
            Set<String> sectionSlugsAsTopics = new HashSet<>();
            interview.sections().forEach(section -> sectionSlugsAsTopics.add(TopicVocabulary.sectionSlug(section.title())));
            this.terms = new HashMap<>();
            tags.forEach((id, refs) -> terms.put(id, refs.stream()
                    .filter(ref -> !sectionSlugsAsTopics.contains(ref.slug())).toList()));
            this.base = "/interviews/" + interview.slug();
            this.translated = all.stream().anyMatch(placed -> placed.quote().translation() != null);
            this.query = translated ? requested : requested.showing(ReadingQuery.Show.BOTH);
            this.sectionSlugs = SectionSlugs.of(interview.sections().stream().map(InterviewView.SectionView::title).toList());
            this.colours = colours();
            this.speakerOf = resolve(query.speakers(), this::participantNamed);
            this.sectionOf = resolve(query.topics(), this::sectionNamed);
            this.termOf = resolve(query.topics(), this::termNamed);
            Set<String> speakers = new HashSet<>(speakerOf.values());
            this.shown = all.stream()
                    .filter(placed -> query.speakers().isEmpty() || (placed.quote().speaker() != null
                            && speakers.contains(placed.quote().speaker().slug())))
                    .filter(placed -> query.topics().isEmpty() || aboutSelectedTopic(placed))
                    .toList();
            shown.forEach(placed -> shownIds.add(placed.quote().id()));
        }

        private boolean aboutSelectedTopic(PlacedQuote placed) {
            return sectionOf.containsValue(placed.section())
                    || termsOf(placed.quote()).stream().anyMatch(term -> termOf.containsValue(term.slug()));
        }

        private List<TopicRef> termsOf(QuoteView quote) {
            return terms.getOrDefault(quote.id(), List.of());
        }

        Reading reading() {
            List<Reading.Part> parts = parts();
            return new Reading(interview, query, participants(), contents(), parts, filters(), shown.size(),
                    all.size(), shows(), wholeInterview(), query.withoutFind().applyTo(base + "/export.md"),
                    ExternalLinks.http(interview.sourceUrl()), ExternalLinks.http(interview.mediaUrl()),
                    topicChips(), keyTermLinks(), find(parts), speakerStrip(),
                    query.topics().isEmpty() ? null : topicStrip());
        }

        /** The terms the interview's quotes are tagged with, most quoted first. */
        private List<Reading.TopicChip> topicChips() {
            Map<String, TopicRef> bySlug = new LinkedHashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (PlacedQuote placed : all) {
                for (TopicRef term : termsOf(placed.quote())) {
                    bySlug.putIfAbsent(term.slug(), term);
                    counts.merge(term.slug(), 1, Integer::sum);
                }
            }
            return bySlug.values().stream()
                    .sorted(Comparator.comparing((TopicRef term) -> -counts.get(term.slug())).thenComparing(TopicRef::label))
                    .map(term -> {
                        boolean selected = termOf.containsValue(term.slug());
                        List<String> values = selected ? withoutAllNaming(query.topics(), termOf, term.slug())
                                : plus(query.topics(), term.slug());
                        return new Reading.TopicChip(term.slug(), term.label(), counts.get(term.slug()),
                                query.withTopics(values).applyTo(base), selected);
                    })
                    .toList();
        }

        private List<Reading.KeyTerm> keyTermLinks() {
            return keyTerms.stream()
                    .map(term -> new Reading.KeyTerm(term, "/search?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8)
                            + "&interview=" + URLEncoder.encode(interview.slug(), StandardCharsets.UTF_8)))
                    .toList();
        }

        private Reading.Find find(List<Reading.Part> parts) {
            if (query.find().isEmpty()) {
                return null;
            }
            List<Reading.Line> marked = parts.stream().flatMap(part -> part.lines().stream())
                    .filter(line -> line.marked() != null).toList();
            return new Reading.Find(query.find(), found.size(), marked.size(),
                    marked.isEmpty() ? null : marked.getFirst().anchor(), query.withoutFind().applyTo(base));
        }

        /** One mark per turn, placed by where the turn's text stands in the whole interview. */
        private List<Reading.Mark> speakerStrip() {
            List<Reading.Mark> marks = new ArrayList<>();
            double scale = scale();
            int start = 0;
            int index = 0;
            while (index < all.size()) {
                QuoteView first = all.get(index).quote();
                int length = 0;
                int end = index;
                while (end < all.size() && sameTurn(first, all.get(end).quote())) {
                    length += all.get(end).quote().text().length();
                    end++;
                }
                marks.add(mark(first, start * scale, length * scale));
                start += length;
                index = end;
            }
            return marks;
        }

        /** One mark per quote about the selected topics, placed as on the speaker strip. */
        private List<Reading.Mark> topicStrip() {
            Set<String> about = new HashSet<>();
            all.stream().filter(this::aboutSelectedTopic).forEach(placed -> about.add(placed.quote().id()));
            List<Reading.Mark> marks = new ArrayList<>();
            double scale = scale();
            int start = 0;
            for (PlacedQuote placed : all) {
                int length = placed.quote().text().length();
                if (about.contains(placed.quote().id())) {
                    marks.add(mark(placed.quote(), start * scale, length * scale));
                }
                start += length;
            }
            return marks;
        }

        private double scale() {
            int total = all.stream().mapToInt(placed -> placed.quote().text().length()).sum();
            return (double) Reading.STRIP_WIDTH / Math.max(1, total);
        }

        private Reading.Mark mark(QuoteView quote, double x, double width) {
            String colour = quote.speaker() == null ? Reading.NO_SPEAKER_CLASS : colours.get(quote.speaker().slug());
            boolean onThisPage = shownIds.contains(quote.id());
            String href = (onThisPage ? "" : wholeInterview()) + "#q-" + quote.id();
            String who = quote.speaker() == null ? "" : quote.speaker().name() + ": ";
            String text = quote.text().codePointCount(0, quote.text().length()) <= MARK_LABEL_LENGTH ? quote.text()
                    : quote.text().substring(0, quote.text().offsetByCodePoints(0, MARK_LABEL_LENGTH)) + "…";
            return new Reading.Mark(Math.round(x * 10) / 10.0, Math.round(Math.max(MIN_MARK_WIDTH, width) * 10) / 10.0,
                    colour, href, who + text);
        }

        private static boolean sameTurn(QuoteView first, QuoteView other) {
            return first.turn() == other.turn() && Objects.equals(first.speaker(), other.speaker());
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
                        ProgrammeTimes.of(sections.get(i).startSeconds()),
                        sections.get(i).quotes(), href, query.withTopics(values).applyTo(base), selected));
            }
            return contents;
        }

        /** Runs of shown quotes under one heading; the speaker's name starts each turn and each run. */
        private List<Reading.Part> parts() {
            List<String> matches = shown.stream().map(placed -> placed.quote().id()).filter(found::containsKey).toList();
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
                lines.add(line(quote, turnStart, matches));
                previous = quote;
            }
            return parts;
        }

        private Reading.Line line(QuoteView quote, boolean turnStart, List<String> matches) {
            String colour = quote.speaker() == null ? Reading.NO_SPEAKER_CLASS : colours.get(quote.speaker().slug());
            String inPlace = query.filtered() ? wholeInterview() + "#q-" + quote.id() : null;
            boolean hasTranslation = quote.translation() != null;
            SearchService.Found match = found.get(quote.id());
            String time = turnStart ? ProgrammeTimes.estimated(quote.estimatedSeconds()) : null;
            List<Reading.Tag> tags = termsOf(quote).stream()
                    .map(term -> new Reading.Tag(term.label(), query.withTopics(List.of(term.slug())).applyTo(base)))
                    .toList();
            return switch (query.show()) {
                case BOTH -> new Reading.Line(quote.id(), quote.speaker(), quote.kind(), colour, turnStart,
                        quote.text(), quote.lang(), quote.translation(), quote.translationLang(), quote.url(), inPlace,
                        marked(match, match == null ? null : match.text(), match == null ? null : match.translation(),
                                quote.id(), matches), tags, time);
                case ORIGINAL -> new Reading.Line(quote.id(), quote.speaker(), quote.kind(), colour, turnStart,
                        quote.text(), quote.lang(), null, null, quote.url(), inPlace,
                        marked(match, match == null ? null : match.text(), null, quote.id(), matches), tags, time);
                case TRANSLATION -> new Reading.Line(quote.id(), quote.speaker(), quote.kind(), colour, turnStart,
                        hasTranslation ? quote.translation() : quote.text(),
                        hasTranslation ? quote.translationLang() : quote.lang(), null, null, quote.url(), inPlace,
                        marked(match, match == null ? null : hasTranslation ? match.translation() : match.text(), null,
                                quote.id(), matches), tags, time);
            };
        }

        private static Reading.Marked marked(SearchService.Found match, String text, String secondText, String id,
                                             List<String> matches) {
            if (match == null) {
                return null;
            }
            int at = matches.indexOf(id);
            return new Reading.Marked(text, secondText, at + 1, at > 0 ? "q-" + matches.get(at - 1) : null,
                    at < matches.size() - 1 ? "q-" + matches.get(at + 1) : null);
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
                String term = termOf.get(value);
                String label = section != null ? interview.sections().get(section).title()
                        : term != null ? termLabel(term) : value;
                filters.add(new Reading.ActiveFilter("topic", label, section != null || term != null,
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
                String title = interview.sections().get(i).title();
                if (sectionSlugs.get(i).equalsIgnoreCase(value) || title.strip().equals(value)
                        || TopicVocabulary.sectionSlug(title).equals(value)) {
                    return i;
                }
            }
            return null;
        }

        private String termNamed(String value) {
            return terms.values().stream().flatMap(List::stream)
                    .filter(term -> term.slug().equals(value)).map(TopicRef::slug).findFirst().orElse(null);
        }

        private String termLabel(String slug) {
            return terms.values().stream().flatMap(List::stream)
                    .filter(term -> term.slug().equals(slug)).map(TopicRef::label).findFirst().orElse(slug);
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
