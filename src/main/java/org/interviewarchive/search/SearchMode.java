package org.interviewarchive.search;

import java.util.Locale;

/** How a search finds quotes: by their words, by their meaning, or both fused (the default). */
public enum SearchMode {
    HYBRID,
    KEYWORD,
    MEANING;

    /** Unknown names mean the default. */
    public static SearchMode of(String name) {
        if (name != null) {
            for (SearchMode mode : values()) {
                if (mode.param().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        return HYBRID;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
