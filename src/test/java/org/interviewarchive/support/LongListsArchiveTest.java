package org.interviewarchive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An archive with lists longer than a reader's page: {@link #TALKS} made-up interviews, each a section of its own
 * where Ann Lee talks with someone who speaks nowhere else, so that there are more speakers and more topics than one
 * page holds, and Ann Lee has more quotes than one page holds. Test classes that only read share one such server.
 */
@StorageTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LongListsArchiveTest {

    /** More than a reader's page of speakers (the guests and Ann Lee) and of sections. */
    protected static final int TALKS = 110;
    private static final List<String> FIRST_NAMES = List.of("Ada", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gia", "Hugo",
            "Iris", "Jon", "Kai");
    private static final List<String> LAST_NAMES = List.of("Moss", "Reed", "Hale", "Wong", "Park", "Diaz", "Ford",
            "Lund", "Berg", "Cruz");
    private static final Path DATA_DIR = TestArchives.newDataDir("long-lists");
    private static final Path TRANSCRIPTS = transcripts();

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

    /** The guest of the made-up interview {@code talk}, from 0. */
    protected static String guest(int talk) {
        return FIRST_NAMES.get(talk / LAST_NAMES.size()) + " " + LAST_NAMES.get(talk % LAST_NAMES.size());
    }

    private static Path transcripts() {
        Path folder = TestArchives.newDataDir("long-lists-transcripts");
        try {
            for (int talk = 0; talk < TALKS; talk++) {
                Random random = new Random(talk);
                StringBuilder text = new StringBuilder("# Talk " + talk + " with " + guest(talk) + "\n\n## Chapter "
                        + talk + " on " + guest(talk) + "\n\n");
                for (int turn = 0; turn < 6; turn++) {
                    text.append(turn % 2 == 0 ? "Ann Lee" : guest(talk)).append(": ")
                            .append(GeneratedTranscripts.sentences(random, 2)).append("\n\n");
                }
                Files.writeString(folder.resolve("talk-%03d.txt".formatted(talk)), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
