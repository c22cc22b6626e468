package org.interviewarchive.support;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The archive as a new user gets it: the server started on an empty data directory, the seeds ingested at start,
 * reached over real HTTP. Test classes that only read share one such server.
 */
@StorageTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SeedArchiveTest {

    private static final Path DATA_DIR = TestArchives.newDataDir("seeds");

    @DynamicPropertySource
    static void seedArchive(DynamicPropertyRegistry registry) {
        registry.add("archive.data-dir", DATA_DIR::toString);
        TestDatabase.underTest().properties(DATA_DIR).forEach((key, value) -> registry.add(key, () -> value));
    }

    @Value("${local.server.port}")
    private int port;

    protected Http http() {
        return new Http(port);
    }

    /** The absolute URL of a path on this server, for a browser. */
    protected String url(String path) {
        return http().url(path);
    }
}
