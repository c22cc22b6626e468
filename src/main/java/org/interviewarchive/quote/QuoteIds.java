package org.interviewarchive.quote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Public quote ids: derived from the interview's slug and the quote's normalised text, so the same file ingested
 * again, on any database, gives the same ids. Punctuation, spacing, width and case do not count, so a corrected comma
 * keeps its id.
 */
final class QuoteIds {

    static final int LENGTH = 10;
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final Pattern NOT_COUNTED = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+");

    private QuoteIds() {
    }

    /** Ids for an interview's quotes in reading order; a text said twice gets a distinct id the second time. */
    static List<String> assign(String interviewSlug, List<String> texts) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>(texts.size());
        for (String text : texts) {
            String normalised = normalise(text);
            int occurrence = seen.merge(normalised, 1, Integer::sum) - 1;
            String key = interviewSlug + '\u0000' + normalised + (occurrence == 0 ? "" : "\u0000" + occurrence);
            ids.add(encode(sha256(key)));
        }
        return ids;
    }

    static String normalise(String text) {
        return NOT_COUNTED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Crockford-style base 32: URL-safe, no look-alike letters. 10 characters carry 50 bits. */
    private static String encode(byte[] hash) {
        StringBuilder id = new StringBuilder(LENGTH);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xFF);
        }
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)]);
        }
        return id.toString();
    }
}
