package org.interviewarchive.speaker;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names compare, the one rule for every look-up of a speaker (ingest, the interview filter, search): width, case
 * and spacing do not matter ({@code Noam Shazeer } is {@code noam shazeer}), nor the kind of middle dot.
 */
public final class SpeakerNames {

    private SpeakerNames() {
    }

    /** The longest name a speaker's name column holds. */
    public static final int MAX_LENGTH = 200;

    /**
     * A name as it is stored and shown, the one cleaning every name gets: NFKC, invisible characters (zero-width
     * characters, soft hyphens, bidi controls) removed, control characters as spaces, spacing collapsed, at most
     * {@link #MAX_LENGTH} characters. Empty when nothing visible is left: then it names no one.
     */
    public static String clean(String name) {
        StringBuilder visible = new StringBuilder(name.length());
        Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                visible.append(' ');
            } else if (type != Character.FORMAT) {
                visible.appendCodePoint(cp);
            }
        });
        String cleaned = visible.toString().strip().replaceAll(" {2,}", " ");
        return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(0, MAX_LENGTH).strip();
    }

    public static String key(String name) {
        return clean(name)
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*[·•・]\\s*", "·")
                .toLowerCase(Locale.ROOT);
    }
}
