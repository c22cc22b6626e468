package org.interviewarchive.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a calendar date written the ways Chinese and English web pages write them. */
public final class Dates {

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(20\\d{2}|19\\d{2})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?|(\\d{2})(\\d{2}))(?!\\d)");

    private Dates() {
    }

    /** The first valid date in the text, if any. */
    public static Optional<LocalDate> find(String text) {
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            String month = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
            String day = matcher.group(3) != null ? matcher.group(3) : matcher.group(5);
            try {
                return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
            } catch (DateTimeException notADate) {
                // a number that only looks like a date; keep looking
            }
        }
        return Optional.empty();
    }
}
