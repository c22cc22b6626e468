package org.interviewarchive.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.interviewarchive.archive.ArchiveRevision;
import org.interviewarchive.archive.IngestFinished;
import org.interviewarchive.archive.InterviewDeleted;
import org.interviewarchive.archive.InterviewStored;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.SectionSlugs;
import org.interviewarchive.meaning.Embedder;
import org.interviewarchive.meaning.QuoteVectors;
import org.interviewarchive.meaning.VectorsStored;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database, the source of truth. An interview this instance stores or deletes is
 * indexed as soon as the transaction commits; what other instances on the same database change is picked up by
 * comparing revisions every few seconds; at start the whole index is rebuilt when it is not at the database's revision.
 * <p>
 * A stored interview is indexed on a thread of its own while the ingest goes on to read and store the next file, so
 * that analysing one interview's text and storing the next share the cores; one interview at most is in flight, every
 * other change waits for it, and an ingest does not report back before it is indexed ({@link IngestFinished}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SearchIndexer implements ApplicationRunner, SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final InterviewService interviews;
    private final QuoteService quotes;
    private final ArchiveRevision revision;
    private final Duration syncInterval;
    private final Embedder embedder;
    private final QuoteVectors vectors;
    /** A server's readers' work on a stored interview, done ahead of them; the command line has none. */
    private final ObjectProvider<InterviewWarmup> warmup;
    /** Whether the start compared the index with the database, so that catching up may begin. */
    private boolean checkedAtStart;
    private final ExecutorService indexing = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("search-indexing").daemon().factory());
    /** The stored interview being indexed, if any. */
    private Future<?> inFlight = CompletableFuture.completedFuture(null);

    SearchIndexer(SearchIndex index, InterviewService interviews, QuoteService quotes, ArchiveRevision revision,
            ArchiveProperties properties, Embedder embedder, QuoteVectors vectors,
            ObjectProvider<InterviewWarmup> warmup) {
        this.index = index;
        this.interviews = interviews;
        this.quotes = quotes;
        this.revision = revision;
        this.syncInterval = properties.search().syncInterval();
        this.embedder = embedder;
        this.vectors = vectors;
        this.warmup = warmup;
    }

    @Override
    public synchronized void run(ApplicationArguments args) {
        awaitIndexing();
        long current = revision.current();
        if (index.revision() != current) {
            log.info("The search index is at revision {}, the archive at {}: rebuilding", index.revision(), current);
            rebuild();
        }
        checkedAtStart = true;
    }

    @TransactionalEventListener
    synchronized void onStored(InterviewStored event) {
        awaitIndexing();
        inFlight = indexing.submit(() -> {
            index.update(Map.of(event.slug(), indexed(event.interview(), event.quotes())), Set.of(),
                    recordable(event.revision()));
            warmup.ifAvailable(ahead -> ahead.stored(event.slug()));
        });
    }

    @EventListener
    synchronized void onIngestFinished(IngestFinished event) {
        awaitIndexing();
    }

    /**
     * Waits for the interview in flight. Should indexing it have failed, the index stays at the revision before it,
     * and the next catch-up indexes it again from the database.
     */
    private void awaitIndexing() {
        try {
            inFlight.get();
        } catch (ExecutionException e) {
            log.error("Indexing a stored interview failed; the index catches up with the database later", e.getCause());
        } catch (InterruptedException e) {
            // Still in flight: the next change waits for it again, so that changes keep their order.
            Thread.currentThread().interrupt();
            return;
        }
        inFlight = CompletableFuture.completedFuture(null);
    }

    /** New vectors of an interview's quotes: its documents again, with them, at the index's own revision. */
    @EventListener
    synchronized void onVectorsStored(VectorsStored event) {
        awaitIndexing();
        interviews.view(event.slug()).ifPresent(interview ->
                index.update(Map.of(interview.slug(), indexed(interview)), Set.of(), index.revision()));
    }

    @TransactionalEventListener
    synchronized void onDeleted(InterviewDeleted event) {
        awaitIndexing();
        index.update(Map.of(), Set.of(event.slug()), recordable(event.revision()));
    }

    /**
     * The revision a local change may record: its own when it directly follows the index's, else the index's, so
     * that changes other instances committed in between are still caught up with.
     */
    private long recordable(long changeRevision) {
        long indexed = index.revision();
        return changeRevision == indexed + 1 ? changeRevision : indexed;
    }

    /** Every {@code archive.search.sync-interval}, the index commits and catches up with other instances. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::catchUp, syncInterval, syncInterval));
    }

    /** Takes in what other instances changed: the interviews stored since the index's revision, and those deleted. */
    synchronized void catchUp() {
        if (!checkedAtStart) {
            // What the index lacks at start is not known to be only other instances' interviews: the start rebuilds.
            return;
        }
        awaitIndexing();
        index.commitPending();
        long current = revision.current();
        long indexed = index.revision();
        if (current == indexed) {
            return;
        }
        if (current < indexed) {
            rebuild();
            return;
        }
        InterviewService.Changes changes = interviews.changesSince(indexed);
        Map<String, List<IndexedQuote>> replaced = new LinkedHashMap<>();
        for (String slug : changes.stored()) {
            interviews.view(slug).ifPresent(interview -> replaced.put(slug, indexed(interview)));
        }
        Set<String> removed = new HashSet<>(index.interviews());
        removed.removeAll(changes.all());
        index.update(replaced, removed, current);
        log.info("Search index caught up from revision {} to {}: {} interviews stored, {} removed", indexed, current,
                replaced.size(), removed.size());
    }

    /**
     * How many interviews' key terms are still to be worked out ahead of their readers, after a start or an
     * ingest; none where nothing is (the command line).
     */
    public int interviewsToWorkOutAhead() {
        InterviewWarmup ahead = warmup.getIfAvailable();
        return ahead == null ? 0 : ahead.pending();
    }

    /** Indexes the interview in flight before the index closes. */
    @Override
    public synchronized void destroy() {
        awaitIndexing();
        indexing.shutdown();
    }

    /** How many quotes the index holds, and how many of them it can find by meaning. */
    public IndexCounts counts() {
        return new IndexCounts(index.size(), index.vectors(), embedder.enabled());
    }

    /**
     * @param semantic whether quotes get vectors at all
     */
    public record IndexCounts(int quotes, int withVectors, boolean semantic) {
    }

    /** Rebuilds everything from the database; searches go on answering from the old index until it is done. */
    public synchronized void rebuild() {
        awaitIndexing();
        long at = revision.current();
        Stream<IndexedQuote> all = interviews.views().stream().flatMap(interview -> indexed(interview).stream());
        index.rebuild(all, at);
        log.info("Search index rebuilt at revision {}: {} quotes", at, index.size());
    }

    private List<IndexedQuote> indexed(InterviewView interview) {
        return indexed(interview, quotes.inReadingOrder(interview.slug()));
    }

    private List<IndexedQuote> indexed(InterviewView interview, List<QuoteView> inOrder) {
        InterviewRef ref = new InterviewRef(interview.slug(), interview.title());
        Map<String, float[]> vectorOf = embedder.enabled() ? vectors.of(inOrder) : Map.of();
        List<IndexedQuote> indexed = new ArrayList<>(inOrder.size());
        // An interview has a few sections and many quotes in each: each section's slug is made once.
        Map<String, List<IndexedQuote.Label>> sectionTopics = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            QuoteDetail detail = new QuoteDetail(inOrder.get(i), ref,
                    i == 0 ? null : inOrder.get(i - 1).id(),
                    i == inOrder.size() - 1 ? null : inOrder.get(i + 1).id());
            String section = inOrder.get(i).section();
            List<IndexedQuote.Label> topics = section == null ? List.of() : sectionTopics.computeIfAbsent(section,
                    title -> List.of(new IndexedQuote.Label(SectionSlugs.asTopic(title), title)));
            indexed.add(new IndexedQuote(detail, interview.date(), topics, vectorOf.get(inOrder.get(i).id())));
        }
        return indexed;
    }
}
