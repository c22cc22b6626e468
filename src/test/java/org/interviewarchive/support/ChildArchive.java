package org.interviewarchive.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.interviewarchive.ArchiveApplication;

/**
 * The application in a JVM of its own, on the test's class path, for tests that kill it as a crash would
 * ({@code kill -9}): its output is read line by line until a line the test waits for.
 */
public final class ChildArchive implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final List<String> lines = new ArrayList<>();

    private ChildArchive(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the application with {@code args}, then the settings of the database under test for {@code dataDir}. */
    public static ChildArchive start(Path dataDir, Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ArchiveApplication.class.getName()));
        command.addAll(List.of(args));
        command.add("--archive.data-dir=" + dataDir);
        TestDatabase.underTest().properties(dataDir).forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            return new ChildArchive(new ProcessBuilder(command).redirectError(log.toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads its output until a line that {@code wanted} accepts, and returns it; fails at the end or the deadline. */
    public String awaitLine(Predicate<String> wanted, Duration deadline) throws IOException {
        Instant end = Instant.now().plus(deadline);
        while (Instant.now().isBefore(end)) {
            String line = output.readLine();
            if (line == null) {
                throw new IllegalStateException("the application ended without the line awaited; it printed " + lines);
            }
            lines.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new IllegalStateException("no line awaited within " + deadline + "; it printed " + lines);
    }

    /** Every line read so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** SIGKILL: no shutdown hook, no flush, no closing of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for it to end by itself and returns its exit code. */
    public int exitCode(Duration deadline) throws InterruptedException {
        if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the application did not end within " + deadline);
        }
        return process.exitValue();
    }

    /** The rest of its output, once it has ended. */
    public List<String> remainingLines() throws IOException {
        Stream.generate(() -> {
            try {
                return output.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).takeWhile(line -> line != null).forEach(lines::add);
        return lines();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
