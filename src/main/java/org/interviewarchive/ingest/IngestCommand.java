package org.interviewarchive.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingest [--dry-run] PATH... [--archive.data-dir=DIR]}: ingests files and folders into the archive without
 * serving it and prints one report line per file (on a long run, its progress on the error stream). Its exit code: {@link #ALL_TAKEN} when every file was stored or
 * was already, {@link #SOME_REFUSED} when a file was refused or a duplicate, {@link #USAGE} without paths,
 * {@link #SOME_FAILED} when the archive failed on a file by an internal error (whatever else happened),
 * {@link #ARCHIVE_IN_USE} when a running server holds the archive's embedded database. With
 * {@code --dry-run} it prints what each file would become (layout, speakers, first turns, sections, warnings) and
 * stores nothing.
 */
public final class IngestCommand {

    public static final String NAME = "ingest";
    static final int ALL_TAKEN = 0;
    static final int SOME_REFUSED = 1;
    static final int USAGE = 2;
    static final int SOME_FAILED = 3;
    static final int ARCHIVE_IN_USE = 4;
    /** H2's error code for a database file another process holds open. */
    private static final int H2_DATABASE_IN_USE = 90020;
    /** Shows what each file would become and stores nothing. */
    static final String DRY_RUN = "--dry-run";

    private IngestCommand() {
    }

    /** Runs the command in the application {@code configuration} sets up, without its web server. */
    public static int run(Class<?> configuration, String[] args) {
        return run(configuration, args, System.out, System.err);
    }

    public static int run(Class<?> configuration, String[] args, PrintStream out, PrintStream err) {
        List<Path> paths = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).map(Path::of).toList();
        boolean dryRun = Arrays.asList(args).contains(DRY_RUN);
        if (paths.isEmpty()) {
            err.println("Usage: ingest [" + DRY_RUN + "] PATH... [--archive.data-dir=DIR]");
            return USAGE;
        }
        // As command-line arguments these outrank application.yml; the user's own options come last and win.
        Stream<String> quiet = Stream.of(
                "--archive.ingest.on-startup=false",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--logging.level.root=warn",
                "--logging.level.org.interviewarchive.ingest=error",
                // A failure to start is reported by this command in one line, or thrown with its stack trace.
                "--logging.level.org.springframework.boot.SpringApplication=off",
                "--logging.level.org.springframework.boot.diagnostics=off",
                "--logging.level.com.zaxxer.hikari=off",
                "--logging.level.org.hibernate.engine.jdbc=off",
                // A bulk load commits the search index once, when the command closes, not every few seconds; a crash
                // before that leaves the index behind the database, and the server rebuilds it at start.
                "--archive.search.sync-interval=1d");
        String[] options = Stream.concat(quiet, Arrays.stream(args)
                        .filter(arg -> arg.startsWith("--") && !arg.equals(DRY_RUN)))
                .toArray(String[]::new);
        SpringApplication application = new SpringApplicationBuilder(configuration)
                .web(WebApplicationType.NONE)
                .build();
        ConfigurableApplicationContext started;
        try {
            started = application.run(options);
        } catch (RuntimeException e) {
            if (!heldByAnotherProcess(e)) {
                throw e;
            }
            err.println("The archive is in use by a running server, which holds its database. Import through the "
                    + "server instead: sign in to its admin pages and upload the files at /admin/import; or stop "
                    + "the server and run this command again.");
            return ARCHIVE_IN_USE;
        }
        try (ConfigurableApplicationContext context = started) {
            if (dryRun) {
                List<TranscriptPreview> previews = context.getBean(IngestService.class).preview(paths);
                previews.forEach(preview -> preview.lines().forEach(out::println));
                return previews.stream().anyMatch(preview -> preview.refusal() != null) ? SOME_REFUSED : ALL_TAKEN;
            }
            List<IngestResult> results = context.getBean(IngestService.class)
                    .ingest(paths, new PrintedProgress(out, err, System::nanoTime));
            return exitCode(results);
        }
    }

    private static int exitCode(List<IngestResult> results) {
        if (results.stream().anyMatch(IngestResult.Failed.class::isInstance)) {
            return SOME_FAILED;
        }
        return results.stream().anyMatch(result -> result instanceof IngestResult.Refused
                || result instanceof IngestResult.Duplicate) ? SOME_REFUSED : ALL_TAKEN;
    }

    private static boolean heldByAnotherProcess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return true;
            }
        }
        return false;
    }
}
