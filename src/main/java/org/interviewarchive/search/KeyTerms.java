package org.interviewarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * An interview's most distinctive words against the whole archive: TF-IDF over the analysed content words of each
 * interview's quotes, with each interview as one document; a word every interview uses tells none apart and is never
 * one. Works for any transcript, with or without a vocabulary entry.
 */
final class KeyTerms {

    private final ArchiveAnalyzer analyzer;
    private final ContentWords words;
    private final Set<String> names;

    /** @param names tokens of people's names: who speaks is not what an interview is about */
    KeyTerms(ArchiveAnalyzer analyzer, ContentWords words, Set<String> names) {
        this.analyzer = analyzer;
        this.words = words;
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
                .filter(term -> interviews < 2 || documentFrequency.get(term.getKey()) < interviews)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Counted> term) -> -term.getValue().count()
                                * distinctiveness(interviews, documentFrequency.get(term.getKey())))
                        .thenComparing(Map.Entry::getKey))
                .limit(count)
                .map(term -> term.getValue().surface())
                .toList()));
    }

    /**
     * How much a word tells an interview apart: nothing when every interview uses it (模型 in an archive about models),
     * most when one alone does. An archive of one interview has nothing to tell apart, and counts alone decide.
     */
    private static double distinctiveness(int interviews, int interviewsUsingIt) {
        return interviews < 2 ? 1 : Math.log((double) interviews / interviewsUsingIt);
    }

    /** Counts the text's tokens, remembering how each was most often written. */
    private void count(String text, Map<String, Counted> terms) {
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                if (words.isWorthShowing(token) && !names.contains(token) && offset.endOffset() <= text.length()) {
                    String surface = text.substring(offset.startOffset(), offset.endOffset());
                    terms.computeIfAbsent(token, key -> new Counted()).add(surface);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
