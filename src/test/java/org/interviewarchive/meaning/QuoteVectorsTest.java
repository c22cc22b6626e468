package org.interviewarchive.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.interviewarchive.search.SearchIndexer;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every quote gets a vector in the background after the ingest; the database keeps them, so that a restart on a lost
 * index finds every quote by meaning at once; with semantic search off nothing is computed.
 */
@StorageTest
class QuoteVectorsTest {

    private static final String SEMANTIC = "archive.semantic.enabled=true";
    /** One seed is enough here, and computes its vectors in a few seconds. */
    private static final Path ONE_SEED = Path.of("seeds", "001_e52f8c32b2a633ba.txt");

    @Test
    void everyQuoteGetsAVectorAndARebuiltIndexTakesThemFromTheDatabase() throws Exception {
        Path dataDir = TestArchives.newDataDir("vectors");
        int quotes;
        try (RunningArchive archive = RunningArchive.start(dataDir, List.of(ONE_SEED), withAdmin(SEMANTIC))) {
            SearchIndexer indexer = archive.bean(SearchIndexer.class);
            quotes = indexer.counts().quotes();
            assertThat(quotes).isGreaterThan(50);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> indexer.counts().withVectors() == quotes);
            assertThat(archive.bean(JdbcClient.class).sql("select count(*) from quote_vector").query(Long.class)
                    .single()).isEqualTo(quotes);
            assertThat(AdminSession.signIn(archive.http()).page("/admin").select(".index-counts").text())
                    .contains(quotes + " of them can be found by meaning");
        }
        deleteRecursively(dataDir.resolve("index"));
        try (RunningArchive restarted = RunningArchive.start(dataDir, List.of(), SEMANTIC)) {
            assertThat(restarted.bean(SearchIndexer.class).counts().withVectors()).isEqualTo(quotes);
        }
    }

    @Test
    void withSemanticSearchOffNoQuoteGetsAVector() {
        Path dataDir = TestArchives.newDataDir("no-vectors");
        try (RunningArchive archive = RunningArchive.start(dataDir, List.of(ONE_SEED),
                "archive.semantic.enabled=false")) {
            SearchIndexer.IndexCounts counts = archive.bean(SearchIndexer.class).counts();
            assertThat(counts.semantic()).isFalse();
            assertThat(counts.quotes()).isPositive();
            assertThat(counts.withVectors()).isZero();
            assertThat(archive.bean(JdbcClient.class).sql("select count(*) from quote_vector").query(Long.class)
                    .single()).isZero();
        }
    }

    private static String[] withAdmin(String... properties) {
        return Stream.concat(Stream.of(properties), Stream.of(AdminSession.properties())).toArray(String[]::new);
    }

    private static void deleteRecursively(Path path) throws Exception {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
