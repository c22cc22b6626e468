package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Collects the passages of structured notes in reading order and numbers their turns: each quote is a turn
 * of its own; consecutive summaries of one speaker under one heading share one.
 */
final class NotesPassages {

    private static final Pattern NOT_WORDS = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private final List<Passage> passages = new ArrayList<>();
    private final List<String> normalised = new ArrayList<>();
    private int section = -1;
    private int turn;
    private boolean turnOpen;

    /** The passages that follow stand under section index (-1 before the first). */
    void enterSection(int index) {
        section = index;
        turnOpen = false;
    }

    /** A subheading closes the current turn. */
    void enterSubsection() {
        turnOpen = false;
    }

    /** A quote, kept only when no earlier passage already says it (notes repeat their best quotes). */
    void quote(String speaker, String text) {
        String words = NOT_WORDS.matcher(text).replaceAll("");
        if (words.isEmpty() || normalised.stream().anyMatch(earlier -> earlier.contains(words))) {
            return;
        }
        turn++;
        turnOpen = false;
        add(Passage.of(speaker, turn, section, QuoteKind.DIRECT, text), words);
    }

    void summary(String speaker, String text) {
        if (text.isBlank()) {
            return;
        }
        if (!turnOpen || !Objects.equals(passages.getLast().speaker(), speaker)) {
            turn++;
            turnOpen = true;
        }
        add(Passage.of(speaker, turn, section, QuoteKind.SUMMARY, text), NOT_WORDS.matcher(text).replaceAll(""));
    }

    List<Passage> passages() {
        return List.copyOf(passages);
    }

    private void add(Passage passage, String words) {
        passages.add(passage);
        normalised.add(words);
    }
}
