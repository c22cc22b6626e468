package org.interviewarchive.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths and offsets of a programme as pages write them: {@code 48:37}, {@code 1:02:03}, {@code 49分钟}, {@code 12 min}. */
final class Durations {

    /** A clock reading, {@code m:ss} or {@code h:mm:ss}, not part of a longer number. */
    static final Pattern CLOCK = Pattern.compile("(?<!\\d)(?<!\\d:)(\\d{1,2}(?::[0-5]\\d){1,2})(?![\\d:])");

    private static final Pattern SPELLED = Pattern.compile(
            "(?:(\\d{1,2})\\s*(?:小时|hours?|hrs?|h)(?![a-z])\\s*)?"
                    + "(?:(\\d{1,3})\\s*(?:分钟|分|minutes?|mins?|m)(?![a-z])\\s*)?"
                    + "(?:(\\d{1,2})\\s*(?:秒|seconds?|secs?|s)(?![a-z]))?",
            Pattern.CASE_INSENSITIVE);

    private Durations() {
    }

    /** Seconds of a clock reading such as {@code 48:37} or {@code 1:02:03}. */
    static int clockSeconds(String clock) {
        int seconds = 0;
        for (String part : clock.split(":")) {
            seconds = seconds * 60 + Integer.parseInt(part);
        }
        return seconds;
    }

    /** The first length the text states, as a clock reading or in hours, minutes and seconds. */
    static Optional<Integer> find(String text) {
        Matcher clock = CLOCK.matcher(text);
        if (clock.find()) {
            return Optional.of(clockSeconds(clock.group(1)));
        }
        Matcher spelled = SPELLED.matcher(text);
        while (spelled.find()) {
            if (spelled.group(1) != null || spelled.group(2) != null || spelled.group(3) != null) {
                return Optional.of(number(spelled.group(1)) * 3600 + number(spelled.group(2)) * 60 + number(spelled.group(3)));
            }
        }
        return Optional.empty();
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
