package org.interviewarchive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Made-up interviews for lists longer than a reader's page: {@link #TALKS} of them, each a section of its own where
 * Ann Lee talks with someone who speaks nowhere else, so that there are more speakers and more topics than one page
 * holds, and Ann Lee has more quotes than one page holds.
 */
public final class LongListTranscripts {

    /** More than a reader's page of speakers (the guests and Ann Lee) and of sections. */
    public static final int TALKS = 110;
    private static final List<String> FIRST_NAMES = List.of("Ada", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gia", "Hugo",
            "Iris", "Jon", "Kai");
    private static final List<String> LAST_NAMES = List.of("Moss", "Reed", "Hale", "Wong", "Park", "Diaz", "Ford",
            "Lund", "Berg", "Cruz");

    private LongListTranscripts() {
    }

    /** The guest of the made-up interview {@code talk}, from 0. */
    public static String guest(int talk) {
        return FIRST_NAMES.get(talk / LAST_NAMES.size()) + " " + LAST_NAMES.get(talk % LAST_NAMES.size());
    }

    /** A new folder of the transcripts, to ingest. */
    public static Path write() {
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
