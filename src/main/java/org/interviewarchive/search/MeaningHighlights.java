package org.interviewarchive.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A quote found by its meaning has no matching words to mark: its sentence nearest the query's meaning is marked
 * instead, and a long quote is shown by that sentence.
 */
final class MeaningHighlights {

    /** Enough sentences to find the best of any quote; past them, the rest are not compared. */
    private static final int MAX_SENTENCES = 12;

    private MeaningHighlights() {
    }

    /** The text as HTML, every character escaped, its sentence nearest the query's vector in {@code <mark>}. */
    static String best(MeaningSearch meaning, float[] query, String text) {
        List<int[]> sentences = sentences(text);
        int best = 0;
        if (sentences.size() > 1) {
            List<String> texts = sentences.stream().map(span -> text.substring(span[0], span[1])).toList();
            List<float[]> vectors = meaning.embedAll(texts);
            float bestScore = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < vectors.size(); i++) {
                float score = dot(query, vectors.get(i));
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
        }
        int[] span = sentences.get(best);
        String marked = "<mark>" + escape(text.substring(span[0], span[1]).strip()) + "</mark>";
        if (text.length() > Highlights.WHOLE_QUOTE_LENGTH) {
            return (span[0] > 0 ? "…" : "") + marked + (span[1] < text.length() ? "…" : "");
        }
        return escape(text.substring(0, span[0])) + marked + escape(text.substring(span[1]));
    }

    private static List<int[]> sentences(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.CHINESE);
        breaks.setText(text);
        List<int[]> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE && sentences.size() < MAX_SENTENCES;
                start = end, end = breaks.next()) {
            if (!text.substring(start, end).isBlank()) {
                sentences.add(new int[] {start, end});
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(new int[] {0, text.length()});
        }
        return sentences;
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
