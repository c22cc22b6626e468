package org.interviewarchive.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.interviewarchive.archive.InterviewStored;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Computes the vectors quotes lack, on one background thread so that neither an ingest nor a page ever waits for the
 * model: once the server is up for every interview, then after each stored interview's commit for its quotes. Each interview's new
 * vectors are stored in batches, then announced with {@link VectorsStored}.
 */
@Component
class VectorWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VectorWorker.class);

    private final Embedder embedder;
    private final QuoteVectorRepository vectors;
    private final QuoteVectors stored;
    private final InterviewService interviews;
    private final QuoteService quotes;
    private final ApplicationEventPublisher events;
    private final int batchSize;
    private volatile boolean ready;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("quote-vectors").daemon().factory());

    VectorWorker(Embedder embedder, QuoteVectorRepository vectors, QuoteVectors stored, InterviewService interviews, QuoteService quotes,
            ApplicationEventPublisher events, ArchiveProperties properties) {
        this.embedder = embedder;
        this.vectors = vectors;
        this.stored = stored;
        this.interviews = interviews;
        this.quotes = quotes;
        this.events = events;
        this.batchSize = Math.max(1, properties.semantic().batchSize());
    }

    /** Once the server is up, so that the model takes no time from the start and the ingest at start. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (embedder.enabled()) {
            ready = true;
            worker.execute(this::catchUp);
        }
    }

    /** An interview stored before the server is up is caught up with when it is. */
    @TransactionalEventListener
    void onStored(InterviewStored event) {
        if (ready) {
            worker.execute(() -> vectorise(event.slug()));
        }
    }

    private void catchUp() {
        long start = System.nanoTime();
        int removed = vectors.deleteOrphans();
        int computed = 0;
        for (InterviewView interview : interviews.views()) {
            computed += vectorise(interview.slug());
        }
        log.info("Quote vectors up to date: {} computed, {} of removed quotes dropped, in {} ms", computed, removed,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Computes and stores the vectors an interview's quotes lack; how many. */
    private int vectorise(String slug) {
        long start = System.nanoTime();
        try {
            List<QuoteView> all = quotes.inReadingOrder(slug);
            Map<String, float[]> current = stored.of(all);
            List<QuoteView> missing = all.stream().filter(quote -> !current.containsKey(quote.id())).toList();
            for (int from = 0; from < missing.size(); from += batchSize) {
                List<QuoteView> batch = missing.subList(from, Math.min(missing.size(), from + batchSize));
                List<VectorText> texts = batch.stream().map(VectorText::of).toList();
                List<float[]> computed = embedder.embedAll(texts.stream().map(VectorText::text).toList());
                List<QuoteVector> rows = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    rows.add(new QuoteVector(batch.get(i).id(), Embedder.MODEL, texts.get(i).hash(), computed.get(i)));
                }
                vectors.saveAll(rows);
            }
            if (!missing.isEmpty()) {
                events.publishEvent(new VectorsStored(slug));
                log.info("Vectors of {}: {} computed in {} ms", slug, missing.size(), (System.nanoTime() - start) / 1_000_000);
            }
            return missing.size();
        } catch (RuntimeException e) {
            // The next start or ingest tries again; searches meanwhile find this interview by its words.
            log.warn("Vectors of {} could not be computed: {}", slug, e.toString());
            return 0;
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
