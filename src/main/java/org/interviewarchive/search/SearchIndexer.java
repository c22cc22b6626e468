package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interviewarchive.ingest.InterviewIngested;
import org.interviewarchive.interview.ArchiveRevision;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database, the source of truth: an interview is indexed as soon as its ingest
 * commits, and at start the whole index is rebuilt when its revision is not the database's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final InterviewService interviews;
    private final QuoteService quotes;
    private final ArchiveRevision revision;

    SearchIndexer(SearchIndex index, InterviewService interviews, QuoteService quotes, ArchiveRevision revision) {
        this.index = index;
        this.interviews = interviews;
        this.quotes = quotes;
        this.revision = revision;
    }

    @Override
    public void run(ApplicationArguments args) {
        long current = revision.current();
        if (index.revision() != current) {
            log.info("The search index is at revision {}, the archive at {}: rebuilding", index.revision(), current);
            rebuild();
        }
    }

    @TransactionalEventListener
    void onIngested(InterviewIngested event) {
        interviews.view(event.slug()).ifPresent(interview ->
                index.replaceInterview(interview.slug(), indexed(interview), event.revision()));
    }

    /** Rebuilds everything from the database; searches go on answering from the old index until it is done. */
    void rebuild() {
        long at = revision.current();
        Stream<IndexedQuote> all = interviews.views().stream().flatMap(interview -> indexed(interview).stream());
        index.rebuild(all, at);
        log.info("Search index rebuilt at revision {}: {} quotes", at, index.size());
    }

    private List<IndexedQuote> indexed(InterviewView interview) {
        List<QuoteView> inOrder = quotes.inReadingOrder(interview.slug());
        List<IndexedQuote> indexed = new ArrayList<>(inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            QuoteDetail detail = new QuoteDetail(inOrder.get(i),
                    new InterviewRef(interview.slug(), interview.title()),
                    i == 0 ? null : inOrder.get(i - 1).id(),
                    i == inOrder.size() - 1 ? null : inOrder.get(i + 1).id());
            String section = inOrder.get(i).section();
            List<IndexedQuote.Label> topics = section == null ? List.of()
                    : List.of(new IndexedQuote.Label(TopicVocabulary.sectionSlug(section), section));
            indexed.add(new IndexedQuote(detail, interview.date(), topics));
        }
        return indexed;
    }
}
