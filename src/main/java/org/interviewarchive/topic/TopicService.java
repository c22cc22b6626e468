package org.interviewarchive.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interviewarchive.interview.Interview;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.search.SearchService;
import org.interviewarchive.search.TopicUsage;
import org.interviewarchive.search.TopicVocabulary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Topics: the vocabulary's terms and every section heading, with how much each is talked about. */
@Service
public class TopicService {

    private final TopicTerms terms;
    private final GlossaryTermRepository glossary;
    private final InterviewService interviews;
    private final SearchService search;

    TopicService(TopicTerms terms, GlossaryTermRepository glossary, InterviewService interviews, SearchService search) {
        this.terms = terms;
        this.glossary = glossary;
        this.interviews = interviews;
        this.search = search;
    }

    /** Replaces an interview's glossary, inside the ingest's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceGlossary(Interview interview, List<GlossaryEntry> entries) {
        glossary.deleteByInterview(interview);
        for (int i = 0; i < entries.size(); i++) {
            glossary.save(new GlossaryTerm(interview, i, entries.get(i)));
        }
    }

    /** Every vocabulary term, and every section heading, most talked about first. */
    public List<TopicView> topics() {
        Map<String, TopicDraft> drafts = new LinkedHashMap<>();
        for (TopicVocabulary.Term term : terms.terms()) {
            drafts.put(term.slug(), new TopicDraft(term.slug(), term.label(),
                    term.forms().stream().filter(form -> !form.equals(term.label())).toList(), TopicKind.TERM));
        }
        for (InterviewView interview : interviews.views()) {
            for (InterviewView.SectionView section : interview.sections()) {
                String slug = TopicVocabulary.sectionSlug(section.title());
                drafts.putIfAbsent(slug, new TopicDraft(slug, section.title(), List.of(), TopicKind.SECTION));
            }
        }
        Map<String, TopicUsage> usage = search.usage(List.copyOf(drafts.keySet())).stream()
                .collect(Collectors.toMap(TopicUsage::slug, Function.identity()));
        return drafts.values().stream()
                .map(draft -> draft.with(usage.getOrDefault(draft.slug(), new TopicUsage(draft.slug(), 0, List.of()))))
                .sorted(Comparator.comparingLong(TopicView::quotes).reversed().thenComparing(TopicView::label))
                .toList();
    }

    /** A topic's quotes, by the given speakers only when any are given, grouped by interview in reading order. */
    public Map<InterviewRef, List<QuoteDetail>> quotesAbout(String slug, List<String> speakers) {
        Map<InterviewRef, List<QuoteDetail>> grouped = new LinkedHashMap<>();
        for (QuoteDetail quote : search.all(new SearchRequest("", speakers, null, List.of(slug), null, 1, 1, null))) {
            grouped.computeIfAbsent(quote.interview(), key -> new ArrayList<>()).add(quote);
        }
        return grouped;
    }

    public Optional<TopicView> topic(String slug) {
        return topics().stream().filter(topic -> topic.slug().equals(slug)).findFirst();
    }

    private record TopicDraft(String slug, String label, List<String> aliases, TopicKind kind) {
        TopicView with(TopicUsage usage) {
            return new TopicView(slug, label, aliases, kind, usage.quotes(), usage.interviews());
        }
    }
}
