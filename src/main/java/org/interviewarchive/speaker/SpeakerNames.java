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

    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*[·•・]\\s*", "·")
                .toLowerCase(Locale.ROOT);
    }
}
