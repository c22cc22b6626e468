package org.interviewarchive.quote;

import java.util.HashMap;
import java.util.Map;

/** How alike two normalised texts are: the Dice coefficient of their character bigrams, from 0 to 1. */
final class TextSimilarity {

    private TextSimilarity() {
    }

    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i < a.length() - 1; i++) {
            bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i < b.length() - 1; i++) {
            Integer left = bigrams.get(b.substring(i, i + 2));
            if (left != null && left > 0) {
                shared++;
                bigrams.put(b.substring(i, i + 2), left - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }
}
