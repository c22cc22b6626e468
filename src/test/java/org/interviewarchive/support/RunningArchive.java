package org.interviewarchive.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.interviewarchive.ArchiveApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole application started by a test on a data directory of its own, for tests that restart the server or change
 * the archive. Closing it stops the server, as a restart would; starting again on the same data directory finds the
 * same archive, on H2 as on PostgreSQL.
 */
public final class RunningArchive implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningArchive(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts on {@code dataDir} and the database under test, ingesting {@code ingestPaths} at start (none: nothing).
     */
    public static RunningArchive start(Path dataDir, List<Path> ingestPaths, String... properties) {
        return start(TestDatabase.underTest(), dataDir, ingestPaths, properties);
    }

    /** Starts on {@code dataDir} and the given database, ingesting {@code ingestPaths} at start (none: nothing). */
    public static RunningArchive start(TestDatabase database, Path dataDir, List<Path> ingestPaths,
            String... properties) {
        return run(database, dataDir, ingestPaths, List.of(), properties);
    }

    /** Starts as {@link #start(TestDatabase, Path, List, String...)} does, recording its SQL into {@code sql}. */
    public static RunningArchive start(TestDatabase database, Path dataDir, List<Path> ingestPaths, RecordedSql sql,
            String... properties) {
        return run(database, dataDir, ingestPaths, List.of(sql), properties);
    }

    private static RunningArchive run(TestDatabase database, Path dataDir, List<Path> ingestPaths,
            List<RecordedSql> recorders, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "archive.data-dir=" + dataDir,
                "archive.ingest.on-startup=" + !ingestPaths.isEmpty(),
                "archive.ingest.paths=" + String.join(",", ingestPaths.stream().map(Path::toString).toList())));
        database.properties(dataDir).forEach((key, value) -> all.add(key + "=" + value));
        all.addAll(List.of(properties));
        // Command-line arguments, so that they outrank application.yml as an operator's would.
        return new RunningArchive(new SpringApplicationBuilder(ArchiveApplication.class)
                .initializers(context -> recorders.forEach(context.getBeanFactory()::addBeanPostProcessor))
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every event of this type the application publishes from now on, in the order published. */
    public <E> List<E> events(Class<E> type) {
        List<E> events = new CopyOnWriteArrayList<>();
        context.addApplicationListener(ApplicationListener.forPayload(payload -> {
            if (type.isInstance(payload)) {
                events.add(type.cast(payload));
            }
        }));
        return events;
    }

    public Http http() {
        return new Http(port());
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
