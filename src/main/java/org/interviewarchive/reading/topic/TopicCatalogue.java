package org.interviewarchive.reading.topic;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.SectionSlugs;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.reading.Paged;
import org.interviewarchive.reading.Paging;
import org.interviewarchive.search.IndexVersion;
import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.search.TopicCounts;
import org.interviewarchive.search.TopicUsage;
import org.interviewarchive.topic.TopicKind;
import org.interviewarchive.topic.TopicService;
import org.interviewarchive.topic.TopicTerm;
import org.springframework.stereotype.Service;

/**
 * Topics as readers browse them: the vocabulary's terms and every section heading, with how much each is talked about.
 * The whole catalogue is counted once per version of the archive and its index, not once per page of it.
 */
@Service
class TopicCatalogue {

    private final TopicService topics;
    private final InterviewService interviews;
    private final TopicCounts counts;
    private final QuoteSearch search;
    private final IndexVersion version;
    private final AtomicReference<Counted> counted = new AtomicReference<>();

    /** The catalogue as counted at a version of the archive and its index, with the vocabulary then. */
    private record Counted(String version, List<TopicTerm> terms, List<TopicView> topics) {
    }

    TopicCatalogue(TopicService topics, InterviewService interviews, TopicCounts counts, QuoteSearch search,
            IndexVersion version) {
        this.topics = topics;
        this.interviews = interviews;
        this.counts = counts;
        this.search = search;
        this.version = version;
    }

    /** Every vocabulary term, and every section heading, most talked about first. */
    List<TopicView> topics() {
        Optional<String> now = version.settled();
        List<TopicTerm> terms = topics.terms();
        Counted last = counted.get();
        if (now.isPresent() && last != null && last.version().equals(now.get()) && last.terms() == terms) {
            return last.topics();
        }
        List<TopicView> all = count(terms);
        // While the index is behind the database there is no version to count as of: nothing is kept.
        now.ifPresent(settled -> counted.set(new Counted(settled, terms, all)));
        return all;
    }

    private List<TopicView> count(List<TopicTerm> terms) {
        Map<String, TopicDraft> drafts = drafts(terms);
        Map<String, TopicUsage> usage = counts.usage(List.copyOf(drafts.keySet())).stream()
                .collect(Collectors.toMap(TopicUsage::slug, Function.identity()));
        return drafts.values().stream()
                .map(draft -> draft.with(usage.getOrDefault(draft.slug(), new TopicUsage(draft.slug(), 0, List.of()))))
                .sorted(Comparator.comparingLong(TopicView::quotes).reversed().thenComparing(TopicView::label)
                        .thenComparing(TopicView::slug))
                .toList();
    }

    /** The topics a reader browses: the terms something is said about, then every section, each most talked about first. */
    List<TopicView> browsed() {
        List<TopicView> all = topics();
        return Stream.concat(
                all.stream().filter(topic -> topic.kind() == TopicKind.TERM && topic.quotes() > 0),
                all.stream().filter(topic -> topic.kind() == TopicKind.SECTION)).toList();
    }

    /** One topic with its counts, counting no other. */
    Optional<TopicView> topic(String slug) {
        return Optional.ofNullable(drafts(topics.terms()).get(slug)).map(draft -> draft.with(counts.usage(List.of(slug)).stream()
                .findFirst().orElseGet(() -> new TopicUsage(slug, 0, List.of()))));
    }

    /**
     * A page of a topic's quotes from the index, by the given speakers only when any are given, newest interview first
     * and in reading order.
     */
    Paged<QuoteDetail> quotesAbout(String slug, List<String> speakers, Paging asked) {
        return Paged.of(search.page(SearchRequest.about(slug, speakers), asked.page(), asked.size()));
    }

    /** The terms, then the section headings no term has taken, by slug; no counts yet. */
    private Map<String, TopicDraft> drafts(List<TopicTerm> terms) {
        Map<String, TopicDraft> drafts = new LinkedHashMap<>();
        for (TopicTerm term : terms) {
            drafts.put(term.slug(), new TopicDraft(term.slug(), term.label(),
                    term.forms().stream().filter(form -> !form.equals(term.label())).toList(), TopicKind.TERM));
        }
        for (String title : interviews.sectionTitles()) {
            String slug = SectionSlugs.asTopic(title);
            drafts.putIfAbsent(slug, new TopicDraft(slug, title, List.of(), TopicKind.SECTION));
        }
        return drafts;
    }

    private record TopicDraft(String slug, String label, List<String> aliases, TopicKind kind) {
        TopicView with(TopicUsage usage) {
            return new TopicView(slug, label, aliases, kind, usage.quotes(), usage.interviews());
        }
    }
}
