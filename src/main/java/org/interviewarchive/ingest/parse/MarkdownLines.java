package org.interviewarchive.ingest.parse;

import java.util.Optional;

/**
 * What a markdown line is (a heading, a rule, a table's separator row, images and links alone), each told by one scan
 * of the line: no pattern here could backtrack on a long run of dashes or spaces, or recurse once per repetition.
 */
final class MarkdownLines {

    /** @param level the number of {@code #}, 1 to 6; {@code text} as written, closing {@code #}s dropped */
    record Heading(int level, String text) {
    }

    private MarkdownLines() {
    }

    /** {@code ## Title} or {@code ## Title ##}. */
    static Optional<Heading> heading(String line) {
        String stripped = line.strip();
        int level = 0;
        while (level < stripped.length() && stripped.charAt(level) == '#') {
            level++;
        }
        if (level < 1 || level > 6 || level == stripped.length() || !isSpace(stripped.charAt(level))) {
            return Optional.empty();
        }
        String text = stripped.substring(level).strip();
        int closing = text.length();
        while (closing > 0 && text.charAt(closing - 1) == '#') {
            closing--;
        }
        if (closing > 0 && closing < text.length() && isSpace(text.charAt(closing - 1))) {
            text = text.substring(0, closing).strip();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(new Heading(level, text));
    }

    /** Three or more of one of {@code - * _}, spaces between them allowed, and nothing else. */
    static boolean isRule(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || "-*_".indexOf(stripped.charAt(0)) < 0) {
            return false;
        }
        char mark = stripped.charAt(0);
        int marks = 0;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == mark) {
                marks++;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    /** A table's separator row: cells of at least {@code minDashes} dashes, each maybe with colons for alignment. */
    static boolean isTableSeparator(String line, int minDashes) {
        String inner = line.strip();
        if (inner.startsWith("|")) {
            inner = inner.substring(1);
        }
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        int start = 0;
        while (true) {
            int end = inner.indexOf('|', start);
            String cell = inner.substring(start, end < 0 ? inner.length() : end).strip();
            if (!isSeparatorCell(cell, minDashes)) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            start = end + 1;
        }
    }

    private static boolean isSeparatorCell(String cell, int minDashes) {
        int from = cell.startsWith(":") ? 1 : 0;
        int to = cell.length() > from && cell.endsWith(":") ? cell.length() - 1 : cell.length();
        if (to - from < minDashes) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (cell.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** Nothing but images and links: {@code ![alt](src)} and {@code [text](href)}, spaces between them. */
    static boolean isImagesOrLinksOnly(String line) {
        String stripped = line.strip();
        int i = 0;
        while (i < stripped.length()) {
            if (stripped.charAt(i) == '!') {
                i++;
            }
            if (i >= stripped.length() || stripped.charAt(i) != '[') {
                return false;
            }
            int close = stripped.indexOf(']', i + 1);
            if (close < 0 || close + 1 >= stripped.length() || stripped.charAt(close + 1) != '(') {
                return false;
            }
            int end = stripped.indexOf(')', close + 2);
            if (end < 0) {
                return false;
            }
            i = end + 1;
            while (i < stripped.length() && isSpace(stripped.charAt(i))) {
                i++;
            }
        }
        return !stripped.isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
