package org.interviewarchive.ingest;

import java.util.Optional;
import org.interviewarchive.archive.ArchiveRevision;
import org.interviewarchive.archive.InterviewDeleted;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.topic.TopicService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an interview out of the archive in one transaction: its quotes' ids retire (they answer 410 Gone from then
 * on), the interview goes with its sections and participants, and the ingest at start leaves its file out. Ingesting
 * the file again by hand brings it back under the same ids.
 */
@Service
public class InterviewDeletion {

    private static final Logger log = LoggerFactory.getLogger(InterviewDeletion.class);

    private final InterviewService interviews;
    private final QuoteService quotes;
    private final TopicService topics;
    private final ArchiveRevision revision;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    InterviewDeletion(InterviewService interviews, QuoteService quotes, TopicService topics, ArchiveRevision revision,
            ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.interviews = interviews;
        this.quotes = quotes;
        this.topics = topics;
        this.revision = revision;
        this.events = events;
        this.transaction = transaction;
    }

    /** What a deletion did: the interview's title and how many quote ids now answer 410 Gone. */
    public record Deleted(String slug, String title, int retiredQuotes) {
    }

    /** Deletes the interview with this slug; empty when there is none. */
    public Optional<Deleted> delete(String slug) {
        Optional<Deleted> deleted = transaction.execute(status -> interviews.findBySlug(slug).map(interview -> {
            int retired = quotes.retire(interview);
            topics.removeGlossary(interview);
            interviews.delete(interview);
            events.publishEvent(new InterviewDeleted(slug, revision.bump()));
            return new Deleted(slug, interview.getTitle(), retired);
        }));
        deleted.ifPresent(done -> log.info("DELETED {}: {} quote ids retired", done.slug(), done.retiredQuotes()));
        return deleted;
    }
}
