package org.interviewarchive.ingest;

import org.interviewarchive.archive.StartupImport;
import org.interviewarchive.config.ArchiveProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ingests {@code archive.ingest.paths} when the server starts. A file whose size and modification time, its sidecar's
 * and the speaker registry's are as when it was stored is not read at all; a file only touched is read and hashed
 * once. Interviews an admin deleted stay deleted.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "archive.ingest.on-startup", matchIfMissing = true)
class StartupIngest implements ApplicationRunner {

    private final IngestService ingest;
    private final ArchiveProperties properties;
    private final StartupImport startupImport;

    StartupIngest(IngestService ingest, ArchiveProperties properties, StartupImport startupImport) {
        this.ingest = ingest;
        this.properties = properties;
        this.startupImport = startupImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        ingest.ingestAtStartup(properties.ingest().paths(), new IngestProgress() {
            @Override
            public void begin(int files) {
                startupImport.begin(files);
            }

            @Override
            public void ingested(int done, int files, IngestResult result) {
                startupImport.advance();
            }
        });
    }
}
