package org.interviewarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * An interview's most distinctive content words against the whole archive, from the analysed tokens of its quotes:
 * function words and the like (the stop list) never count. Works for any transcript, with or without a vocabulary
 * entry.
 */
final class KeyTerms {

    /** How many of the most over-represented words are weighed for each key term wanted. */
    private static final int CANDIDATES_PER_TERM = 10;

    private final ArchiveAnalyzer analyzer;
    private final ContentWords words;
    private final Set<String> names;

    /** @param names tokens of people's names: who speaks is not what an interview is about */
    KeyTerms(ArchiveAnalyzer analyzer, ContentWords words, Set<String> names) {
        this.analyzer = analyzer;
        this.words = words;
        this.names = names;
    }

    /**
     * One interview's key terms, best first, as written in its text. The words it uses far more often than the archive
     * as a whole does (frequencies from the index, so that no view reads the rest of the archive) are the candidates;
     * of those, the ones fewest other interviews use come first, and a word every interview uses is none.
     *
     * @param archiveCount    how many times a token stands in the archive's quotes
     * @param archiveTokens   how many tokens the archive's quotes have
     * @param interviewsUsing how many interviews use a token, of {@code interviews}
     */
    List<String> of(List<String> texts, ToLongFunction<String> archiveCount, long archiveTokens,
            ToIntFunction<String> interviewsUsing, int interviews, int count) {
        Map<String, Counted> terms = new HashMap<>();
        long tokens = 0;
        for (String text : texts) {
            tokens += count(text, terms);
        }
        double share = Math.max(1, tokens);
        return terms.entrySet().stream()
                .map(term -> Map.entry(term, term.getValue().count() * Math.log(Math.max(1,
                        (term.getValue().count() / share)
                                / (Math.max(1, archiveCount.applyAsLong(term.getKey())) / (double) archiveTokens)))))
                .sorted(byScore())
                .limit((long) count * CANDIDATES_PER_TERM)
                .map(candidate -> Map.entry(candidate.getKey(),
                        distinctiveness(interviews, interviewsUsing.applyAsInt(candidate.getKey().getKey()))
                                * candidate.getKey().getValue().count()))
                .filter(scored -> scored.getValue() > 0)
                .sorted(byScore())
                .limit(count)
                .map(scored -> scored.getKey().getValue().surface())
                .toList();
    }

    private static Comparator<Map.Entry<Map.Entry<String, Counted>, Double>> byScore() {
        return Comparator.comparingDouble((Map.Entry<Map.Entry<String, Counted>, Double> scored) -> -scored.getValue())
                .thenComparingInt(scored -> -scored.getKey().getValue().count())
                .thenComparing(scored -> scored.getKey().getKey());
    }

    /**
     * How much a word tells an interview apart: nothing when every interview uses it (模型 in an archive about models),
     * most when one alone does. An archive of one interview has nothing to tell apart, and counts alone decide.
     */
    private static double distinctiveness(int interviews, int interviewsUsingIt) {
        return interviews < 2 ? 1 : Math.log((double) interviews / Math.max(1, interviewsUsingIt));
    }

    /** Counts the text's tokens, remembering how each was most often written; returns how many tokens it has. */
    private long count(String text, Map<String, Counted> terms) {
        long tokens = 0;
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens++;
                String token = term.toString();
                if (words.isWorthShowing(token) && !names.contains(token) && offset.endOffset() <= text.length()) {
                    String surface = text.substring(offset.startOffset(), offset.endOffset());
                    terms.computeIfAbsent(token, key -> new Counted()).add(surface);
                }
            }
            stream.end();
            return tokens;
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
