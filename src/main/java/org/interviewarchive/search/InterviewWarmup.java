package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Works out interviews' key terms ahead of their readers: for the interviews the server starts with, and again for each
 * one stored, in one background thread. Key terms analyse every quote of an interview again, most of a second for a
 * long one, which its first reader after a restart or an import would otherwise wait for. (Tags read sets the search
 * keeps anyway, and are quick on a first view.) Only a server has readers; the command-line ingest warms nothing.
 */
@Component
@ConditionalOnWebApplication
class InterviewWarmup implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InterviewWarmup.class);

    private final SearchIndex index;
    private final InterviewKeyTerms keyTerms;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("interview-warmup").daemon().factory());
    private final AtomicInteger pending = new AtomicInteger();
    /** Whether the start-up ingest is over: the interviews it stores are worked out together at its end. */
    private volatile boolean started;

    InterviewWarmup(SearchIndex index, InterviewKeyTerms keyTerms) {
        this.index = index;
        this.keyTerms = keyTerms;
    }

    /** The interviews as many as the caches keep, once the start-up ingest and index check are done. */
    @EventListener(ApplicationReadyEvent.class)
    void warmAtStart() {
        started = true;
        List<String> slugs = new ArrayList<>(index.interviews());
        slugs.sort(null);
        slugs.stream().limit(InterviewKeyTerms.CACHED_INTERVIEWS).forEach(this::queue);
    }

    /** An interview just stored, once the server has started. */
    void stored(String slug) {
        if (started) {
            queue(slug);
        }
    }

    /** Queues one interview; its readers find the work done, or wait for this one computation, never start their own. */
    private void queue(String slug) {
        pending.incrementAndGet();
        worker.execute(() -> {
            try {
                keyTerms.of(slug);
            } catch (RuntimeException e) {
                // A reader asking later works it out again, and meets the fault with a page of its own.
                log.warn("Working out the key terms of {} ahead of readers failed", slug, e);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** How many interviews are still waiting to be worked out. */
    int pending() {
        return pending.get();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
