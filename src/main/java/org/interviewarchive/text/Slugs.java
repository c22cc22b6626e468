package org.interviewarchive.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable, URL-safe names: lowercase ASCII letters, digits and hyphens. Han characters become pinyin. */
public final class Slugs {

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private Slugs() {
    }

    /** The slug of a name or title, at most {@code maxLength} characters, cut at a word boundary. */
    public static String of(String text, int maxLength) {
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
