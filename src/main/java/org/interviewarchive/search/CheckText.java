package org.interviewarchive.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text as the quote check compares it: width, case and script folded (Traditional to Simplified by the analyzer's own
 * folding), punctuation and spaces gone; character pairs to find candidates by, the closest stretch of a quote to a
 * sentence, and their differences word by word.
 */
final class CheckText {

    /** The length of the character n-grams indexed for the check. */
    static final int GRAM = 2;

    private CheckText() {
    }

    static String fold(ArchiveAnalyzer analyzer, String text) {
        String folded = analyzer.simplified(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The folded text's character pairs, for the index. */
    static Tokenizer gramTokens(String folded) {
        Tokenizer grams = new NGramTokenizer(GRAM, GRAM);
        grams.setReader(new StringReader(folded));
        return grams;
    }

    /** The distinct character pairs of a folded text, in order. */
    static Set<String> grams(String folded) {
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + GRAM <= folded.length(); i++) {
            grams.add(folded.substring(i, i + GRAM));
        }
        return grams;
    }

    /**
     * The stretch of {@code text} closest to {@code sentence} by edit distance (both folded), and how alike they are:
     * 1 for the same characters, less by each character inserted, deleted or changed.
     */
    static Alignment align(String sentence, String text) {
        int n = sentence.length();
        int m = text.length();
        // Edit distance of the sentence to any stretch of the text: free to start anywhere, cheapest end wins. Two rows
        // of costs, each with where its stretch starts, so that a long quote needs little memory.
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            start[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int[] nextCost = new int[m + 1];
            int[] nextStart = new int[m + 1];
            nextCost[0] = i;
            for (int j = 1; j <= m; j++) {
                int change = cost[j - 1] + (sentence.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                int skipText = nextCost[j - 1] + 1;
                int skipSentence = cost[j] + 1;
                if (change <= skipText && change <= skipSentence) {
                    nextCost[j] = change;
                    nextStart[j] = start[j - 1];
                } else if (skipSentence <= skipText) {
                    nextCost[j] = skipSentence;
                    nextStart[j] = start[j];
                } else {
                    nextCost[j] = skipText;
                    nextStart[j] = nextStart[j - 1];
                }
            }
            cost = nextCost;
            start = nextStart;
        }
        int end = 0;
        for (int j = 1; j <= m; j++) {
            if (cost[j] < cost[end]) {
                end = j;
            }
        }
        double similarity = n == 0 ? 0 : Math.max(0, 1 - (double) cost[end] / n);
        return new Alignment(text.substring(start[end], end), similarity);
    }

    record Alignment(String stretch, double similarity) {
    }

    /** The words of the quote's stretch and of the sentence, each kept, only in the quote, or only in the sentence. */
    static List<CheckResult.Word> diff(String stretch, String sentence) {
        List<String> quote = words(stretch);
        List<String> asked = words(sentence);
        int[][] common = new int[quote.size() + 1][asked.size() + 1];
        for (int i = quote.size() - 1; i >= 0; i--) {
            for (int j = asked.size() - 1; j >= 0; j--) {
                common[i][j] = quote.get(i).equals(asked.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<CheckResult.Word> words = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < quote.size() || j < asked.size()) {
            if (i < quote.size() && j < asked.size() && quote.get(i).equals(asked.get(j))) {
                words.add(new CheckResult.Word(quote.get(i++), CheckResult.Change.SAME));
                j++;
            } else if (j < asked.size() && (i == quote.size() || common[i][j + 1] >= common[i + 1][j])) {
                words.add(new CheckResult.Word(asked.get(j++), CheckResult.Change.ONLY_ASKED));
            } else {
                words.add(new CheckResult.Word(quote.get(i++), CheckResult.Change.ONLY_QUOTE));
            }
        }
        return words;
    }

    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        try (Tokenizer tokenizer = new HMMChineseTokenizer()) {
            tokenizer.setReader(new StringReader(folded));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
