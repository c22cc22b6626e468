package org.interviewarchive.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;

/** Joining hard-wrapped lines back into paragraphs, and telling what a line looks like. */
public final class Lines {

    private static final String SENTENCE_END = "。！？!?…；;”\"』」)）.";
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    private Lines() {
    }

    /**
     * Joins wrapped lines. A space goes back only between two Latin words or numbers: Chinese text has
     * none, and a line wrapped before a particle ({@code 的}) or after a Latin word joins without one.
     */
    public static String join(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty() && needsSpace(joined.charAt(joined.length() - 1), line.charAt(0))) {
                joined.append(' ');
            }
            joined.append(line);
        }
        return joined.toString();
    }

    static boolean needsSpace(char before, char after) {
        return isLatinWordChar(before) && isLatinWordChar(after)
                || (before == ',' || before == '.' || before == ';' || before == ':' || before == '!' || before == '?')
                && isLatinWordChar(after);
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** Whether a line ends a sentence (final punctuation, a closing quote or bracket). */
    public static boolean endsSentence(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && SENTENCE_END.indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    /** Whether a text has any punctuation at all, in either script. */
    public static boolean hasPunctuation(String text) {
        return PUNCTUATION.matcher(text).find();
    }

    /** Whether a text has any letter, in any script. */
    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Visible length: code points, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
