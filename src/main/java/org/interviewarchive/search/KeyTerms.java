package org.interviewarchive.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * An interview's most distinctive words against the whole archive: TF-IDF over the analysed tokens of each interview's
 * quotes, with each interview as one document. Works for any transcript, with or without a vocabulary entry.
 */
final class KeyTerms {

    private static final Set<String> STOP_WORDS = stopWords();

    private final ArchiveAnalyzer analyzer;
    private final Set<String> names;

    /** @param names tokens of people's names: who speaks is not what an interview is about */
    KeyTerms(ArchiveAnalyzer analyzer, Set<String> names) {
        this.analyzer = analyzer;
        this.names = names;
    }

    /** Each interview's key terms, best first, as written in its text. */
    Map<String, List<String>> of(Map<String, List<String>> textsByInterview, int count) {
        Map<String, Map<String, Counted>> counts = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        textsByInterview.forEach((interview, texts) -> {
            Map<String, Counted> terms = new HashMap<>();
            texts.forEach(text -> count(text, terms));
            counts.put(interview, terms);
            terms.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        });
        int interviews = textsByInterview.size();
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue()
                .entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Counted> term) -> -term.getValue().count()
                                * Math.log((interviews + 1.0) / documentFrequency.get(term.getKey())))
                        .thenComparing(Map.Entry::getKey))
                .limit(count)
                .map(term -> term.getValue().surface())
                .toList()));
    }

    /** Counts the text's tokens, remembering how each was most often written. */
    private void count(String text, Map<String, Counted> terms) {
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                if (isWorthShowing(token) && !names.contains(token) && offset.endOffset() <= text.length()) {
                    String surface = text.substring(offset.startOffset(), offset.endOffset());
                    terms.computeIfAbsent(token, key -> new Counted()).add(surface);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words, not particles, numbers or stop words: a Chinese word of two or more characters, a Latin word of three. */
    static boolean isWorthShowing(String token) {
        if (STOP_WORDS.contains(token) || token.chars().allMatch(Character::isDigit)) {
            return false;
        }
        boolean han = token.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return han ? token.codePointCount(0, token.length()) >= 2
                : token.length() >= 3 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    private static final class Counted {
        private final Map<String, Integer> surfaces = new HashMap<>();
        private int count;

        void add(String surface) {
            count++;
            surfaces.merge(surface, 1, Integer::sum);
        }

        int count() {
            return count;
        }

        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    private static Set<String> stopWords() {
        try (InputStream in = KeyTerms.class.getResourceAsStream("/search/key-term-stopwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .filter(word -> !word.isBlank())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
