package org.interviewarchive.support;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.interviewarchive.search.SearchIndexer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed archive with search by meaning on, shared by the test classes of what it finds: each test starts once
 * every seed quote has its vector in the index (computed once per run, in the background as in production).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SemanticArchiveTest {

    private static final Path DATA_DIR = TestArchives.newDataDir("semantic");

    @DynamicPropertySource
    static void semanticArchive(DynamicPropertyRegistry registry) {
        registry.add("archive.data-dir", DATA_DIR::toString);
        registry.add("archive.semantic.enabled", () -> "true");
    }

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private SearchIndexer indexer;

    @BeforeEach
    void everyQuoteHasItsVector() {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> {
            SearchIndexer.IndexCounts counts = indexer.counts();
            return counts.quotes() > 0 && counts.withVectors() == counts.quotes();
        });
    }

    protected Http http() {
        return new Http(port);
    }

    protected String url(String path) {
        return http().url(path);
    }
}
