package org.interviewarchive.speaker;

import java.text.Normalizer;
import java.util.Locale;

/** How names compare: width, case and spacing do not matter ({@code Noam Shazeer } is {@code noam shazeer}). */
final class SpeakerNames {

    private SpeakerNames() {
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*[·•・]\\s*", "·")
                .toLowerCase(Locale.ROOT);
    }
}
