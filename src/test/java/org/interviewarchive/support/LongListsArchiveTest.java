package org.interviewarchive.support;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An archive of {@link LongListTranscripts}, with more speakers, topics and quotes of one speaker than a reader's page
 * holds. Test classes that only read share one such server.
 */
@StorageTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LongListsArchiveTest {

    protected static final int TALKS = LongListTranscripts.TALKS;
    private static final Path DATA_DIR = TestArchives.newDataDir("long-lists");
    private static final Path TRANSCRIPTS = LongListTranscripts.write();

    @DynamicPropertySource
    static void longListsArchive(DynamicPropertyRegistry registry) {
        registry.add("archive.data-dir", DATA_DIR::toString);
        registry.add("archive.ingest.paths", TRANSCRIPTS::toString);
        TestDatabase.underTest().properties(DATA_DIR).forEach((key, value) -> registry.add(key, () -> value));
    }

    @Value("${local.server.port}")
    private int port;

    protected Http http() {
        return new Http(port);
    }

    protected static String guest(int talk) {
        return LongListTranscripts.guest(talk);
    }
}
