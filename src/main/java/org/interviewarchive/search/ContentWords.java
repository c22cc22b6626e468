package org.interviewarchive.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which analysed tokens are words worth showing or matching on: not particles, numbers, or the stop list of words too
 * common in any conversation to tell one quote or interview from another ({@code /search/key-term-stopwords.txt}, the
 * one list for key terms and related quotes).
 */
@Component
final class ContentWords {

    /** A word in more than this share of the archive's quotes is common here, whatever it means elsewhere. */
    static final int COMMON_WORD_PERCENT = 4;

    private static final String STOP_LIST = "/search/key-term-stopwords.txt";

    private final Set<String> stopWords;

    /** The stop list as written and as the analyzer makes each single word of it (really is indexed as realli). */
    ContentWords(SearchIndex index) {
        Set<String> words = new HashSet<>();
        TermMatcher analysed = new TermMatcher(List.of(), index.analyzer());
        for (String word : listed()) {
            words.add(word);
            List<String> tokens = analysed.tokens(word);
            if (tokens.size() == 1) {
                words.add(tokens.getFirst());
            }
        }
        this.stopWords = Set.copyOf(words);
    }

    Set<String> stopWords() {
        return stopWords;
    }

    /** A word, not a particle, number or stop word: Chinese of two or more characters, Latin of three or more. */
    boolean isWorthShowing(String token) {
        if (stopWords.contains(token) || token.chars().allMatch(Character::isDigit)) {
            return false;
        }
        boolean han = token.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return han ? token.codePointCount(0, token.length()) >= 2
                : token.length() >= 3 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    private static Set<String> listed() {
        try (InputStream in = ContentWords.class.getResourceAsStream(STOP_LIST)) {
            Set<String> words = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .filter(word -> !word.isBlank())
                    .forEach(words::add);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
