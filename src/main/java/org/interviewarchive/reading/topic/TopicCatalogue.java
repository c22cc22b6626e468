package org.interviewarchive.reading.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.SectionSlugs;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.search.TopicCounts;
import org.interviewarchive.search.TopicUsage;
import org.interviewarchive.topic.TopicKind;
import org.interviewarchive.topic.TopicService;
import org.interviewarchive.topic.TopicTerm;
import org.springframework.stereotype.Service;

/** Topics as readers browse them: the vocabulary's terms and every section heading, with how much each is talked about. */
@Service
class TopicCatalogue {

    private final TopicService topics;
    private final InterviewService interviews;
    private final TopicCounts counts;
    private final QuoteSearch search;

    TopicCatalogue(TopicService topics, InterviewService interviews, TopicCounts counts, QuoteSearch search) {
        this.topics = topics;
        this.interviews = interviews;
        this.counts = counts;
        this.search = search;
    }

    /** Every vocabulary term, and every section heading, most talked about first. */
    List<TopicView> topics() {
        Map<String, TopicDraft> drafts = new LinkedHashMap<>();
        for (TopicTerm term : topics.terms()) {
            drafts.put(term.slug(), new TopicDraft(term.slug(), term.label(),
                    term.forms().stream().filter(form -> !form.equals(term.label())).toList(), TopicKind.TERM));
        }
        for (InterviewView interview : interviews.views()) {
            for (InterviewView.SectionView section : interview.sections()) {
                String slug = SectionSlugs.asTopic(section.title());
                drafts.putIfAbsent(slug, new TopicDraft(slug, section.title(), List.of(), TopicKind.SECTION));
            }
        }
        Map<String, TopicUsage> usage = counts.usage(List.copyOf(drafts.keySet())).stream()
                .collect(Collectors.toMap(TopicUsage::slug, Function.identity()));
        return drafts.values().stream()
                .map(draft -> draft.with(usage.getOrDefault(draft.slug(), new TopicUsage(draft.slug(), 0, List.of()))))
                .sorted(Comparator.comparingLong(TopicView::quotes).reversed().thenComparing(TopicView::label))
                .toList();
    }

    Optional<TopicView> topic(String slug) {
        return topics().stream().filter(topic -> topic.slug().equals(slug)).findFirst();
    }

    /** A topic's quotes, by the given speakers only when any are given, grouped by interview in reading order. */
    Map<InterviewRef, List<QuoteDetail>> quotesAbout(String slug, List<String> speakers) {
        Map<InterviewRef, List<QuoteDetail>> grouped = new LinkedHashMap<>();
        for (QuoteDetail quote : search.list(SearchRequest.about(slug, speakers))) {
            grouped.computeIfAbsent(quote.interview(), key -> new ArrayList<>()).add(quote);
        }
        return grouped;
    }

    private record TopicDraft(String slug, String label, List<String> aliases, TopicKind kind) {
        TopicView with(TopicUsage usage) {
            return new TopicView(slug, label, aliases, kind, usage.quotes(), usage.interviews());
        }
    }
}
