package org.interviewarchive.support;

import java.util.List;
import java.util.Random;

/** Transcripts made up by tests: readable conversations that differ by their seed, so none is a copy of another. */
public final class GeneratedTranscripts {

    private static final List<String> WORDS = List.of("model", "data", "training", "research", "team", "question",
            "answer", "paper", "idea", "scale", "language", "vision", "robot", "search", "memory", "reason", "budget",
            "lesson", "school", "music", "garden", "river", "market", "history", "future", "problem", "method");

    private GeneratedTranscripts() {
    }

    /** A conversation of {@code turns} turns between two labelled people, its words chosen by {@code seed}. */
    public static String conversation(long seed, int turns) {
        return conversation(seed, turns, "Ann Lee", "Bo Chen");
    }

    public static String conversation(long seed, int turns, String first, String second) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int turn = 0; turn < turns; turn++) {
            text.append(turn % 2 == 0 ? first : second).append(": ").append(sentences(random, 3)).append("\n\n");
        }
        return text.toString();
    }

    /** {@code count} sentences of made-up words. */
    public static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int words = 6 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w == words - 1 ? ". " : " ");
            }
        }
        return text.toString().strip();
    }
}
