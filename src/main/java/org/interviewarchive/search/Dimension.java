package org.interviewarchive.search;

import java.util.Locale;

/** What hits can be narrowed by and counted by: each a request parameter and a facet of the results. */
public enum Dimension {
    SPEAKER,
    INTERVIEW,
    TOPIC,
    KIND;

    /** The request parameter and facet name: {@code speaker}, {@code interview}, {@code topic}, {@code kind}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
