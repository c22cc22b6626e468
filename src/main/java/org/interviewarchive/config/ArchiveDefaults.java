package org.interviewarchive.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The archive's defaults where Spring's own settings refer to them: the embedded database lives under
 * {@code archive.data-dir}, the servlet takes uploads as large as the ingest does, and the server runs a few request
 * threads per core. The default values come from
 * {@link ArchiveProperties}, the one place they are written; they are added last, so that anything an operator, a
 * profile or a test sets wins, and the references are resolved when Spring reads them.
 */
class ArchiveDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "archiveDefaults";
    private static final int REQUEST_THREADS_PER_CORE = 4;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ArchiveProperties defaults = new Binder().bindOrCreate("archive", ArchiveProperties.class);
        Map<String, Object> derived = new LinkedHashMap<>();
        // Absolute, because the embedded database refuses a path that is only implicitly relative ("data/db").
        derived.put("archive.data-dir", defaults.dataDir().toAbsolutePath().toString());
        derived.put("archive.ingest.max-file-size", defaults.ingest().maxFileSize().toString());
        derived.put("archive.ingest.max-upload-size", defaults.ingest().maxUploadSize().toString());
        // WRITE_DELAY=0: each commit is written to the file before it returns, so that what the ingest reported
        // stored survives a crash of the process (H2 otherwise writes commits up to half a second later).
        derived.put("spring.datasource.url",
                "jdbc:h2:file:${archive.data-dir}/db/archive;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        // A few request threads per core: the work is CPU-bound, and with as many threads as clients every page
        // shares the cores with every other, so a heavy page takes as long as all of them; with a few, requests wait
        // their turn and each then runs at full speed (32 readers during an import and a rebuild: p99 of the
        // interview page 1.8 s with 200 threads, 0.8 s with 8, on 2 cores).
        int threads = REQUEST_THREADS_PER_CORE * Runtime.getRuntime().availableProcessors();
        derived.put("server.tomcat.threads.max", threads);
        derived.put("server.tomcat.threads.min-spare", threads);
        derived.put("spring.servlet.multipart.max-file-size", "${archive.ingest.max-file-size}");
        derived.put("spring.servlet.multipart.max-request-size", "${archive.ingest.max-upload-size}");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, derived));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
