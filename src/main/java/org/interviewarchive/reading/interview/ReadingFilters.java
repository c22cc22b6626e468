package org.interviewarchive.reading.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.SectionSlugs;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.search.TopicRef;

/**
 * The reader's filters resolved against one interview: each speaker value to a speaker of it (by slug, name or
 * alias), each topic value to a section or a vocabulary term its quotes talk about; values that name nothing stay
 * shown as filters but let nothing through.
 */
final class ReadingFilters {

    private final ReadingContext context;
    /** Each speaker value that names a speaker of this interview, and that speaker's slug. */
    private final Map<String, String> speakerOf;
    /** Each topic value that names a section, and that section's position. */
    private final Map<String, Integer> sectionOf;
    /** Each topic value that is the slug of a term this interview's quotes talk about, and the term. */
    private final Map<String, TopicRef> termOf;

    /** @param speakerSlug the slug of the speaker a slug, name or alias stands for, when there is one */
    ReadingFilters(ReadingContext context, Function<String, Optional<String>> speakerSlug) {
        this.context = context;
        Set<String> speakers = new HashSet<>();
        context.interview().speakers().forEach(p -> speakers.add(p.slug()));
        context.all().stream().filter(placed -> placed.quote().speaker() != null)
                .forEach(placed -> speakers.add(placed.quote().speaker().slug()));
        this.speakerOf = resolve(context.query().speakers(), value -> speakerSlug.apply(value)
                .filter(speakers::contains).orElse(null));
        this.sectionOf = resolve(context.query().topics(), this::sectionNamed);
        Map<String, TopicRef> terms = new HashMap<>();
        context.terms().values().forEach(refs -> refs.forEach(ref -> terms.putIfAbsent(ref.slug(), ref)));
        this.termOf = resolve(context.query().topics(), terms::get);
    }

    /** Whether the filters let a quote through: by one of the speakers, and about one of the topics. */
    boolean accepts(PlacedQuote placed) {
        return (context.query().speakers().isEmpty() || placed.quote().speaker() != null
                && speakerOf.containsValue(placed.quote().speaker().slug()))
                && (context.query().topics().isEmpty() || aboutSelectedTopic(placed));
    }

    boolean aboutSelectedTopic(PlacedQuote placed) {
        return sectionOf.containsValue(placed.section()) || context.termsOf(placed.quote()).stream()
                .anyMatch(term -> termOf.containsKey(term.slug()));
    }

    boolean speakerSelected(String slug) {
        return speakerOf.containsValue(slug);
    }

    boolean sectionSelected(int position) {
        return sectionOf.containsValue(position);
    }

    boolean termSelected(String slug) {
        return termOf.containsKey(slug);
    }

    /** The speaker values with this speaker toggled: every value naming them removed, or their slug added. */
    List<String> toggledSpeaker(String slug) {
        return speakerSelected(slug) ? withoutAllNaming(context.query().speakers(), speakerOf, slug)
                : plus(context.query().speakers(), slug);
    }

    /** "Only this section", or when it is selected, no longer this section. */
    List<String> toggledSection(int position) {
        return sectionSelected(position) ? withoutAllNaming(context.query().topics(), sectionOf, position)
                : List.of(context.sections().get(position));
    }

    List<String> toggledTerm(String slug) {
        return termSelected(slug) ? minus(context.query().topics(), slug) : plus(context.query().topics(), slug);
    }

    /** The filters that are on, each with the link that turns it off. */
    List<Reading.ActiveFilter> active() {
        List<Reading.ActiveFilter> filters = new ArrayList<>();
        ReadingQuery query = context.query();
        for (String value : query.speakers()) {
            String slug = speakerOf.get(value);
            String label = context.interview().speakers().stream().filter(p -> p.slug().equals(slug))
                    .map(InterviewView.ParticipantView::name).findFirst().orElse(value);
            filters.add(new Reading.ActiveFilter("speaker", label, slug != null,
                    context.url(query.withSpeakers(minus(query.speakers(), value)))));
        }
        for (String value : query.topics()) {
            Integer section = sectionOf.get(value);
            TopicRef term = termOf.get(value);
            String label = section != null ? context.interview().sections().get(section).title()
                    : term != null ? term.label() : value;
            filters.add(new Reading.ActiveFilter("topic", label, section != null || term != null,
                    context.url(query.withTopics(minus(query.topics(), value)))));
        }
        return filters;
    }

    private Integer sectionNamed(String value) {
        List<InterviewView.SectionView> sections = context.interview().sections();
        for (int i = 0; i < sections.size(); i++) {
            String title = sections.get(i).title();
            if (context.sections().get(i).equalsIgnoreCase(value) || title.strip().equals(value)
                    || SectionSlugs.asTopic(title).equals(value)) {
                return i;
            }
        }
        return null;
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
