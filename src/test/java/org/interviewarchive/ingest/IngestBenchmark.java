package org.interviewarchive.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints how long ingesting the five seeds takes on a running server: a first ingest into an empty archive, re-parses
 * of every file (as after a new ingest version), and re-ingests of unchanged files. A figure, not a pass mark.
 */
class IngestBenchmark {

    private static final int ROUNDS = 5;

    @Test
    void ingestOfTheSeeds() throws Exception {
        Path seeds = TestArchives.newDataDir("benchmark-seeds");
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, seeds.resolve(file.getFileName()));
            }
        }
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("benchmark"), List.of())) {
            IngestService ingest = archive.bean(IngestService.class);
            JdbcClient jdbc = archive.bean(JdbcClient.class);
            long first = time(() -> ingest.ingest(List.of(seeds)));
            List<Long> reparses = new ArrayList<>();
            List<Long> unchanged = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                jdbc.sql("update interview set ingest_version = 0").update();
                reparses.add(time(() -> ingest.ingest(List.of(seeds))));
                unchanged.add(time(() -> ingest.ingest(List.of(seeds))));
            }
            System.out.printf("Ingest of the 5 seeds: first %d ms; full re-parse %s ms; unchanged %s ms%n",
                    first, reparses, unchanged);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
