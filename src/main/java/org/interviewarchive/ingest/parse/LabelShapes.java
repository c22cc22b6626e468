package org.interviewarchive.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a transcript writes a speaker's label at the start of a line, each read into a candidate: the name, a
 * time when the label carries one, and the text after it. Whether a candidate really is a label is for
 * {@link TurnLabels} to decide from how the candidates recur.
 *
 * <p>Every pattern here is anchored and bounded, so reading a line costs time in proportion to its length.
 */
final class LabelShapes {

    /** How a label is written. */
    enum Shape {
        /** {@code **Name:** text}, {@code **Name** [0:12] text}, {@code **Name**} alone. */
        BOLD,
        /** {@code 【说话人1】text}, {@code [Name] text}. */
        BRACKET,
        /** {@code Name: text}, {@code Name (00:12:34): text}, {@code [00:12:34] Name: text}. */
        COLON,
        /** The name alone on its line, with a time ({@code Name  0:00}, {@code 说话人1 00:01}) or numbered ({@code Speaker 0}). */
        ALONE
    }

    /**
     * @param name    the name as written, markup and colon removed
     * @param seconds the time the label gives, or null
     * @param text    what follows the label on its line, possibly empty
     * @param colon   whether a colon ends the label
     */
    record Candidate(Shape shape, String name, Integer seconds, String text, boolean colon) {
    }

    /** How far into a line a label reaches: a name, a time in brackets, markup. */
    private static final int LABEL_REACH = 80;
    // Possessive runs of white space (\s*+) where two runs meet: a long run of spaces is read once, not split every
    // way between them.
    static final String TIME = "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^\\\\?[\\[(（]?(" + TIME + ")\\\\?[\\])）]?(?:\\s*+[-–—])?\\s++(\\S.*)$");
    private static final Pattern BRACKET = Pattern.compile("^(?:【([^】]{1,40})】|\\[([^\\]]{1,40})])\\s*[:：]?\\s*(.*)$");
    private static final Pattern BOLD = Pattern.compile("^(\\*\\*|__)([^*_]{1,60})\\1(.*)$");
    private static final Pattern COLON = Pattern.compile(
            "^([^:：\\s][^:：]{0,39}?)\\s*+(?:[(（\\[]\\s*(" + TIME + ")\\s*[)）\\]])?\\s*+[:：]\\s*(.*)$");
    private static final Pattern ALONE_WITH_TIME = Pattern.compile(
            "^([^\\s\\[(（][^\\[(（]{0,39}?)(?:\\s++|\\s*+[(（\\[])\\s*+(" + TIME + ")\\s*+[)）\\]]?$");
    private static final Pattern COLON_START = Pattern.compile("^[:：]\\s*");
    private static final Pattern TIME_START = Pattern.compile("^\\\\?[\\[(（]\\s*(" + TIME + ")\\s*\\\\?[\\])）]\\s*");

    private LabelShapes() {
    }

    /** The label a line starts with, if it has the shape of one. */
    static Optional<Candidate> read(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || !mayStartWithLabel(stripped)) {
            return Optional.empty();
        }
        Matcher leading = LEADING_TIME.matcher(stripped);
        if (leading.matches()) {
            return afterTime(leading.group(2)).map(candidate -> new Candidate(candidate.shape(), candidate.name(),
                    Timestamps.seconds(leading.group(1)), candidate.text(), candidate.colon()));
        }
        return bold(stripped)
                .or(() -> bracket(stripped))
                .or(() -> colon(stripped))
                .or(() -> aloneWithTime(stripped));
    }

    /**
     * Whether the line's start holds what every label shape needs: a colon, a bracket, bold markers or a digit of a
     * time or a number. Most lines of prose have none, and need no pattern tried on them.
     */
    private static boolean mayStartWithLabel(String line) {
        int end = Math.min(line.length(), LABEL_REACH);
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '：' || c == '】' || c == ']' || c == '*' || c == '_' || c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** After a leading time only a label that ends in a colon or a bracket counts: {@code 0:00 Intro} is a chapter. */
    private static Optional<Candidate> afterTime(String rest) {
        return bold(rest).filter(Candidate::colon).or(() -> bracket(rest)).or(() -> colon(rest));
    }

    private static Optional<Candidate> bold(String line) {
        Matcher matcher = BOLD.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String inside = matcher.group(2).strip();
        boolean colon = inside.endsWith(":") || inside.endsWith("：");
        String name = colon ? inside.substring(0, inside.length() - 1).strip() : inside;
        String rest = matcher.group(3).strip();
        Matcher colonAfter = COLON_START.matcher(rest);
        if (!colon && colonAfter.find()) {
            colon = true;
            rest = rest.substring(colonAfter.end());
        }
        Integer seconds = null;
        Matcher time = TIME_START.matcher(rest);
        if (time.find()) {
            seconds = Timestamps.seconds(time.group(1));
            rest = rest.substring(time.end());
            Matcher colonAfterTime = COLON_START.matcher(rest);
            if (colonAfterTime.find()) {
                colon = true;
                rest = rest.substring(colonAfterTime.end());
            }
        }
        return plausible(new Candidate(Shape.BOLD, name, seconds, rest.strip(), colon));
    }

    private static Optional<Candidate> bracket(String line) {
        Matcher matcher = BRACKET.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip();
        if (name.matches(TIME)) {
            return Optional.empty();
        }
        return plausible(new Candidate(Shape.BRACKET, name, null, matcher.group(3).strip(), true));
    }

    private static Optional<Candidate> colon(String line) {
        Matcher matcher = COLON.matcher(line);
        if (!matcher.matches() || isInTime(line, matcher.start(3))) {
            return Optional.empty();
        }
        Integer seconds = matcher.group(2) == null ? null : Timestamps.seconds(matcher.group(2));
        return plausible(new Candidate(Shape.COLON, matcher.group(1).strip(), seconds, matcher.group(3).strip(), true));
    }

    /** A name alone with a time ({@code Sidney  0:02}), or a numbered speaker alone ({@code Speaker 1}). */
    /** Whether the label's colon, the last before its text, stands between digits as in a time ({@code 说话人1 00:01}). */
    private static boolean isInTime(String line, int textStart) {
        int colon = textStart - 1;
        while (colon > 0 && line.charAt(colon) != ':' && line.charAt(colon) != '：') {
            colon--;
        }
        return colon > 0 && colon + 1 < line.length() && Character.isDigit(line.charAt(colon - 1))
                && Character.isDigit(line.charAt(colon + 1));
    }

    private static Optional<Candidate> aloneWithTime(String line) {
        Matcher matcher = ALONE_WITH_TIME.matcher(line);
        if (!matcher.matches()) {
            return LabelNames.classOf(line) == LabelNames.NameClass.NUMBERED
                    ? Optional.of(new Candidate(Shape.ALONE, line, null, "", false))
                    : Optional.empty();
        }
        return plausible(new Candidate(Shape.ALONE, matcher.group(1).strip(), Timestamps.seconds(matcher.group(2)),
                "", false));
    }

    private static Optional<Candidate> plausible(Candidate candidate) {
        return LabelNames.isPlausible(candidate.name()) ? Optional.of(candidate) : Optional.empty();
    }
}
