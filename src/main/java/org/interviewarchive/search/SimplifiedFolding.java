package org.interviewarchive.search;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICU's Traditional-to-Simplified folding, character for character (so that offsets still point into the original
 * text), compiled once into a table: ICU's transliterator takes a lock per use and about a second per megabyte, and
 * every quote indexed and every query analysed goes through it. The words ICU folds otherwise than their characters
 * one by one ({@code 著名} stays, {@code 著} alone becomes {@code 着}) are kept as phrases and matched first.
 */
final class SimplifiedFolding {

    private static final Pattern PHRASE_RULE = Pattern.compile("^(\\S{2,}) > (\\S+);$");

    private final char[] characters = new char[Character.MAX_VALUE + 1];
    /** The phrases ICU folds as wholes, by their first character, longest first. */
    private final Map<Character, List<Phrase>> phrases = new HashMap<>();

    private record Phrase(String traditional, String simplified) {
    }

    /** ICU's data does not change while the JVM runs: one table, built on first use, serves every analyzer. */
    private static final class Shared {
        private static final SimplifiedFolding TABLE = new SimplifiedFolding();
    }

    static SimplifiedFolding shared() {
        return Shared.TABLE;
    }

    SimplifiedFolding() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            characters[c] = (char) c;
            if (!Character.isSurrogate((char) c)) {
                String folded = icu.transliterate(String.valueOf((char) c));
                if (folded.length() == 1) {
                    characters[c] = folded.charAt(0);
                }
            }
        }
        for (String rule : icu.toRules(false).split("\n")) {
            Matcher phrase = PHRASE_RULE.matcher(rule.trim());
            if (phrase.matches() && phrase.group(1).length() == phrase.group(2).length()
                    && !byCharacter(phrase.group(1)).equals(phrase.group(2))) {
                phrases.computeIfAbsent(phrase.group(1).charAt(0), first -> new ArrayList<>())
                        .add(new Phrase(phrase.group(1), phrase.group(2)));
            }
        }
        phrases.values().forEach(list -> list.sort(
                Comparator.comparingInt((Phrase each) -> each.traditional().length()).reversed()));
    }

    /** The text in Simplified characters, as long as it was. */
    String fold(String text) {
        char[] folded = text.toCharArray();
        for (int i = 0; i < folded.length; ) {
            Phrase phrase = phraseAt(text, i);
            if (phrase != null) {
                phrase.simplified().getChars(0, phrase.simplified().length(), folded, i);
                i += phrase.simplified().length();
            } else {
                folded[i] = characters[folded[i]];
                i++;
            }
        }
        return new String(folded);
    }

    private Phrase phraseAt(String text, int at) {
        List<Phrase> candidates = phrases.get(text.charAt(at));
        if (candidates != null) {
            for (Phrase phrase : candidates) {
                if (text.startsWith(phrase.traditional(), at)) {
                    return phrase;
                }
            }
        }
        return null;
    }

    private String byCharacter(String text) {
        char[] folded = text.toCharArray();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = characters[folded[i]];
        }
        return new String(folded);
    }
}
