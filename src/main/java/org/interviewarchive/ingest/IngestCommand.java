package org.interviewarchive.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingest [--dry-run] PATH... [--archive.data-dir=DIR]}: ingests files and folders into the archive without
 * serving it, prints one report line per file, and exits 0 when nothing was refused, 1 otherwise. With
 * {@code --dry-run} it prints what each file would become (layout, speakers, first turns, sections, warnings) and
 * stores nothing.
 */
public final class IngestCommand {

    public static final String NAME = "ingest";
    /** Shows what each file would become and stores nothing. */
    static final String DRY_RUN = "--dry-run";

    private IngestCommand() {
    }

    /** Runs the command in the application {@code configuration} sets up, without its web server. */
    public static int run(Class<?> configuration, String[] args) {
        return run(configuration, args, System.out, System.err);
    }

    static int run(Class<?> configuration, String[] args, PrintStream out, PrintStream err) {
        List<Path> paths = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).map(Path::of).toList();
        boolean dryRun = Arrays.asList(args).contains(DRY_RUN);
        if (paths.isEmpty()) {
            err.println("Usage: ingest [" + DRY_RUN + "] PATH... [--archive.data-dir=DIR]");
            return 2;
        }
        // As command-line arguments these outrank application.yml; the user's own options come last and win.
        Stream<String> quiet = Stream.of(
                "--archive.ingest.on-startup=false",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--logging.level.root=warn",
                "--logging.level.org.interviewarchive.ingest=error",
                // A bulk load commits the search index once, when the command closes, not every few seconds; a crash
                // before that leaves the index behind the database, and the server rebuilds it at start.
                "--archive.search.sync-interval=1d");
        String[] options = Stream.concat(quiet, Arrays.stream(args)
                        .filter(arg -> arg.startsWith("--") && !arg.equals(DRY_RUN)))
                .toArray(String[]::new);
        SpringApplication application = new SpringApplicationBuilder(configuration)
                .web(WebApplicationType.NONE)
                .build();
        try (ConfigurableApplicationContext context = application.run(options)) {
            if (dryRun) {
                List<TranscriptPreview> previews = context.getBean(IngestService.class).preview(paths);
                previews.forEach(preview -> preview.lines().forEach(out::println));
                return previews.stream().anyMatch(preview -> preview.refusal() != null) ? 1 : 0;
            }
            List<IngestResult> results = context.getBean(IngestService.class).ingest(paths);
            results.forEach(result -> out.println(result.line()));
            return results.stream().anyMatch(IngestResult.Refused.class::isInstance) ? 1 : 0;
        }
    }
}
