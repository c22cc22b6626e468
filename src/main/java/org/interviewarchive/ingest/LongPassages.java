package org.interviewarchive.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Long passages cut into quotes of readable length: a turn of many thousand characters becomes several quotes, cut
 * where a sentence ends (else between words, else anywhere), each well within what a quote can hold. A passage with
 * a translation is cut into as many pieces on both sides, so that each piece keeps the translation of about its part.
 */
final class LongPassages {

    /** The length a long passage's pieces come near; a piece is at most twice that. */
    static final int READABLE = 2000;
    private static final String SENTENCE_ENDS = ".!?。！？…;；";
    private static final String CLOSERS = "\"'”’」』）)";

    private LongPassages() {
    }

    /** How many pieces the longer of a text and its translation needs: 1 when both are readable as they are. */
    static int pieces(String text, String translation) {
        int longest = Math.max(text.length(), translation == null ? 0 : translation.length());
        return longest <= 2 * READABLE ? 1 : (longest + READABLE - 1) / READABLE;
    }

    /** {@code text} cut into {@code count} pieces of about equal length, each stripped; empty pieces left out. */
    static List<String> cut(String text, int count) {
        List<String> pieces = new ArrayList<>(count);
        int start = 0;
        for (int piece = 1; piece < count; piece++) {
            int ideal = (int) ((long) text.length() * piece / count);
            int end = Math.max(start, cutNear(text, ideal, Math.max(1, text.length() / count / 2)));
            addStripped(pieces, text.substring(start, end));
            start = end;
        }
        addStripped(pieces, text.substring(start));
        return pieces;
    }

    private static void addStripped(List<String> pieces, String piece) {
        String stripped = piece.strip();
        if (!stripped.isEmpty()) {
            pieces.add(stripped);
        }
    }

    /** The best place to cut near {@code ideal}: a sentence's end, else a space, else {@code ideal} itself. */
    private static int cutNear(String text, int ideal, int reach) {
        int space = -1;
        for (int distance = 0; distance <= reach; distance++) {
            for (int at : new int[] {ideal - distance, ideal + distance}) {
                if (at <= 0 || at >= text.length()) {
                    continue;
                }
                if (endsSentence(text, at)) {
                    return at;
                }
                if (space < 0 && Character.isWhitespace(text.charAt(at))) {
                    space = at;
                }
            }
        }
        if (space >= 0) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(ideal)) ? ideal + 1 : ideal;
    }

    /** Whether a sentence ends just before {@code at}: its mark (and closing quotes), then a space or CJK text. */
    private static boolean endsSentence(String text, int at) {
        int mark = at - 1;
        while (mark > 0 && CLOSERS.indexOf(text.charAt(mark)) >= 0) {
            mark--;
        }
        char c = text.charAt(mark);
        if (SENTENCE_ENDS.indexOf(c) < 0 || CLOSERS.indexOf(text.charAt(at)) >= 0) {
            return false;
        }
        return c > 0x2000 || Character.isWhitespace(text.charAt(at));
    }
}
