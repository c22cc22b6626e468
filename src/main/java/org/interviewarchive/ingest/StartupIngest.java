package org.interviewarchive.ingest;

import org.interviewarchive.config.ArchiveProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ingests {@code archive.ingest.paths} when the server starts; unchanged files cost a hash each, and interviews an
 * admin deleted stay deleted.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "archive.ingest.on-startup", matchIfMissing = true)
class StartupIngest implements ApplicationRunner {

    private final IngestService ingest;
    private final ArchiveProperties properties;

    StartupIngest(IngestService ingest, ArchiveProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        ingest.ingestAtStartup(properties.ingest().paths());
    }
}
