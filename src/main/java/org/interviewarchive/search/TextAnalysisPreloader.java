package org.interviewarchive.search;

import java.util.List;
import org.interviewarchive.text.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Loads the text analysis data a start needs, on a thread of its own from the moment the application starts:
 * smartcn's dictionaries and the Traditional-to-Simplified table (the search index's analyzer) and ICU's Han-to-Latin
 * transliteration (slugs of the speaker registry's names). Each is a few tenths of a second of one core, which the main
 * thread, busy creating the application context, would otherwise spend on them in turn; the libraries keep what they
 * load for the JVM's life, so the main thread finds it done. Spring Boot's own background preinitializer does the same
 * for its libraries. Registered in {@code META-INF/spring.factories}, since it has to start before any context exists.
 */
class TextAnalysisPreloader implements ApplicationListener<ApplicationStartingEvent> {

    private static final Logger log = LoggerFactory.getLogger(TextAnalysisPreloader.class);
    /** Traditional and Simplified characters and a Latin word, so that every part of the analysis loads. */
    private static final String SAMPLE = "預訓練的模型 pretrained models";

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        Thread.ofPlatform().name("text-analysis-preload").daemon().start(TextAnalysisPreloader::preload);
    }

    private static void preload() {
        try (ArchiveAnalyzer analyzer = new ArchiveAnalyzer()) {
            new TermMatcher(List.of(), analyzer).tokens(SAMPLE);
            Slugs.of(SAMPLE, Slugs.MAX_LENGTH);
        } catch (RuntimeException e) {
            // Whatever failed to load is loaded again where it is used, and fails there with its own message.
            log.debug("Preloading the text analysis failed", e);
        }
    }
}
