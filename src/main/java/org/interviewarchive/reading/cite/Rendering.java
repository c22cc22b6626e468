package org.interviewarchive.reading.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A citation being written: plain and italic runs, with the punctuation rules the styles share. */
final class Rendering {

    private final List<Segment> segments = new ArrayList<>();

    Rendering plain(String text) {
        if (!text.isEmpty()) {
            segments.add(new Segment(text, false));
        }
        return this;
    }

    Rendering italic(String text) {
        segments.add(new Segment(text, true));
        return this;
    }

    List<Segment> segments() {
        return List.copyOf(segments);
    }

    /** Ends a sentence with a full stop unless it already ends with one, or with a question or exclamation mark. */
    static String closed(String sentence) {
        return endsSentence(sentence) ? sentence : sentence + ".";
    }

    /** A title in double quotation marks, its own double quotation marks turned single, as Chicago and MLA nest them. */
    static String quotedTitle(String title) {
        String inner = title.replace('“', '‘').replace('”', '’').replace('"', '\'');
        return "“" + closed(inner) + "”";
    }

    static boolean endsSentence(String text) {
        return !text.isEmpty() && ".?!。？！".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * Names joined as Chicago and MLA join them: the first written family name first, the others as read, the last
     * after "and".
     */
    static String invertedFirst(List<Name> names) {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            written.add(i == 0 ? names.get(i).inverted() : names.get(i).natural());
        }
        return series(written, "and");
    }

    /** {@code a}, {@code a, and b}, {@code a, b, and c}: the serial comma even between two, after an inverted name. */
    static String series(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ", " + conjunction + " " + items.getLast();
    }

    static List<String> each(List<Name> names, Function<Name, String> form) {
        return names.stream().map(form).toList();
    }
}
