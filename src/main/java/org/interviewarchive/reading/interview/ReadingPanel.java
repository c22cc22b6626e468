package org.interviewarchive.reading.interview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.reading.ProgrammeTimes;
import org.interviewarchive.search.TopicRef;

/**
 * What a reader finds their way with: the participants, the table of contents, the topic chips, the key terms and
 * the choice of language, each entry with the link that turns its filter on or off.
 */
final class ReadingPanel {

    private final ReadingContext context;
    private final ReadingFilters filters;

    ReadingPanel(ReadingContext context, ReadingFilters filters) {
        this.context = context;
        this.filters = filters;
    }

    List<Reading.Participant> participants() {
        return context.interview().speakers().stream()
                .map(p -> new Reading.Participant(p.slug(), p.name(), p.role(), p.quotes(), context.colours().get(p.slug()),
                        filters.speakerSelected(p.slug()),
                        context.url(context.query().withSpeakers(filters.toggledSpeaker(p.slug())))))
                .toList();
    }

    /**
     * The sections: each links to its heading on this page when it shows any of its quotes, in the whole interview
     * when a filter hides them, nowhere when it has none.
     */
    List<Reading.ContentsEntry> contents(ReadingPaging paging) {
        List<InterviewView.SectionView> sections = context.interview().sections();
        List<Reading.ContentsEntry> contents = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String slug = context.sections().get(i);
            String anchor = ReadingContext.sectionAnchor(slug);
            String shownAt = paging.sectionHref(i, anchor);
            String href = shownAt != null ? shownAt
                    : sections.get(i).quotes() > 0 ? paging.sectionInWhole(i, anchor)
                    : null;
            contents.add(new Reading.ContentsEntry(slug, sections.get(i).title(),
                    ProgrammeTimes.of(sections.get(i).startSeconds()), sections.get(i).quotes(), href,
                    context.url(context.query().withTopics(filters.toggledSection(i))), filters.sectionSelected(i)));
        }
        return contents;
    }

    /** The terms the interview's quotes talk about, most quoted first. */
    List<Reading.TopicChip> topicChips() {
        Map<String, TopicRef> bySlug = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (PlacedQuote placed : context.all()) {
            for (TopicRef term : context.termsOf(placed.quote())) {
                bySlug.putIfAbsent(term.slug(), term);
                counts.merge(term.slug(), 1, Integer::sum);
            }
        }
        return bySlug.values().stream()
                .sorted(Comparator.comparing((TopicRef term) -> -counts.get(term.slug())).thenComparing(TopicRef::label))
                .map(term -> new Reading.TopicChip(term.slug(), term.label(), counts.get(term.slug()),
                        context.url(context.query().withTopics(filters.toggledTerm(term.slug()))),
                        filters.termSelected(term.slug())))
                .toList();
    }

    /** The interview's key terms, each a search within it. */
    List<Reading.KeyTerm> keyTerms(List<String> terms) {
        String interview = URLEncoder.encode(context.interview().slug(), StandardCharsets.UTF_8);
        return terms.stream()
                .map(term -> new Reading.KeyTerm(term, "/search?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8)
                        + "&interview=" + interview))
                .toList();
    }

    /** Both languages, the original or the translation: only where something is translated. */
    List<Reading.ShowOption> shows() {
        QuoteView sample = context.all().stream().map(PlacedQuote::quote).filter(quote -> quote.translation() != null)
                .findFirst().orElse(null);
        if (sample == null) {
            return List.of();
        }
        return Stream.of(ReadingQuery.Show.values())
                .map(mode -> new Reading.ShowOption(mode.parameter(), switch (mode) {
                    case BOTH -> null;
                    case ORIGINAL -> sample.lang();
                    case TRANSLATION -> sample.translationLang();
                }, context.url(context.query().showing(mode)), mode == context.query().show()))
                .toList();
    }
}
