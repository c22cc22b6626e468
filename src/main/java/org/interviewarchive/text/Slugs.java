package org.interviewarchive.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Stable, readable, URL-safe names: lowercase ASCII letters, digits and hyphens. Han characters become pinyin. */
public final class Slugs {

    /** The longest slug anything gets or a sidecar may give; every slug column holds more. */
    public static final int MAX_LENGTH = 100;

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private Slugs() {
    }

    /** The slug of a name or title, at most {@code maxLength} characters, cut at a word boundary. */
    public static String of(String text, int maxLength) {
        if (maxLength > MAX_LENGTH) {
            throw new IllegalArgumentException("slugs are at most " + MAX_LENGTH + " characters");
        }
        String latin = Languages.hasHan(text) ? transliterate(text) : text;
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = slug.substring(0, cut > maxLength / 2 ? cut : maxLength).replaceAll("-+$", "");
        }
        return slug;
    }

    /**
     * Whether {@code text} is a slug: lowercase ASCII letters and digits in segments joined by single hyphens, at
     * most {@link #MAX_LENGTH} characters. Checked by one scan, whatever the text.
     */
    public static boolean isSlug(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /**
     * A slug no one has yet: {@code base} (or {@code fallback} when the base is empty), then {@code -2}, {@code -3}
     * after it while {@code taken} says so; never a bare number.
     */
    public static String unique(String base, String fallback, Predicate<String> taken) {
        String stem = base.isEmpty() ? fallback : base;
        String slug = stem;
        for (int n = 2; taken.test(slug); n++) {
            slug = stem + "-" + n;
        }
        return slug;
    }

    private static synchronized String transliterate(String text) {
        return TO_LATIN.transliterate(text);
    }

    /** Han detection kept here so slugs do not depend on the ingest's parsing helpers. */
    private static final class Languages {
        static boolean hasHan(String text) {
            return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        }
    }
}
