package org.interviewarchive.reading.starting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * While the server starts (the import at start and the index not done), a reader is told how far the import has come
 * instead of seeing an empty archive, and the API answers 503 with Retry-After; once ready, both answer as ever.
 */
@StorageTest
class StartupImportPageTest {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Test
    void pagesSayTheImportIsUnderWayAndTheApiAsksToRetryUntilTheServerIsReady() throws Exception {
        Path dataDir = TestArchives.newDataDir("starting");
        CompletableFuture<RunningArchive> starting = CompletableFuture.supplyAsync(() -> RunningArchive.start(
                dataDir, List.of(Path.of("seeds")), "spring.main.sources=" + HeldStart.class.getName()));
        Http http = new Http(Integer.parseInt(awaitFile(dataDir.resolve(HeldStart.PORT), starting)));

        HttpResponse<String> api = http.get("/api/interviews");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith("application/problem+json"));
        assertThat(api.body()).contains("importing 5 of 5 transcripts");

        HttpResponse<String> home = http.get("/");
        assertThat(home.statusCode()).isEqualTo(503);
        assertThat(home.headers().firstValue("Retry-After")).hasValue("5");
        Document page = Jsoup.parse(home.body());
        assertThat(page.selectFirst(".starting-progress").text()).isEqualTo("正在导入访谈稿：已完成 5 篇，共 5 篇。");
        assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("5");
        assertThat(http.get("/interviews/best-partners-gemini-3-pretraining-borgeaud").statusCode()).isEqualTo(503);
        assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(http.get("/assets/css/archive.css").statusCode()).isEqualTo(200);

        Files.writeString(dataDir.resolve(HeldStart.RELEASE), "go");
        try (RunningArchive archive = starting.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            assertThat(archive.http().json("/api/interviews").size()).isEqualTo(5);
            assertThat(archive.http().get("/").statusCode()).isEqualTo(200);
        }
    }

    /** The file's content once it is there, as long as {@code work} is still under way or went well. */
    private static String awaitFile(Path file, CompletableFuture<?> work) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!Files.exists(file)) {
            assertThat(work.isCompletedExceptionally()).as("the start failed").isFalse();
            assertThat(Instant.now()).as("%s appears in time", file).isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(50);
        }
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Holds the start after the import at start, just before the server turns ready, until the test lets it go; tells
     * the test the server's port. Registered only as a source of the test's application, not by component scanning.
     */
    static final class HeldStart implements ApplicationListener<ApplicationReadyEvent> {

        static final String PORT = "held-start.port";
        static final String RELEASE = "held-start.release";

        private final Path dataDir;

        HeldStart(Environment environment) {
            this.dataDir = Path.of(environment.getRequiredProperty("archive.data-dir"));
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            try {
                String port = event.getApplicationContext().getEnvironment().getRequiredProperty("local.server.port");
                Path tmp = Files.writeString(dataDir.resolve(PORT + ".tmp"), port);
                Files.move(tmp, dataDir.resolve(PORT));
                awaitFile(dataDir.resolve(RELEASE), new CompletableFuture<>());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
