package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The speakers' names of a name-lines article: name-shaped lines that stand on their own and recur,
 * or that the registry knows. A name is found from where it stands alone; once found, every line
 * that is exactly that name and has text after it is a label, wherever it stands.
 */
final class NameLinesLabels {

    private static final int MIN_RECURRENCE = 2;

    private final List<String> lines;
    private final Set<String> names;

    private NameLinesLabels(List<String> lines, Set<String> names) {
        this.lines = lines;
        this.names = names;
    }

    /**
     * @param lines      the article's lines, up to where the site's own text begins
     * @param knownNames names to take as labels even when they occur once
     */
    static NameLinesLabels find(List<String> lines, Predicate<String> knownNames) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        int titleIndex = nextNonBlank(lines, -1);
        // A title recurs too (as image captions), but it names no speaker.
        String title = titleIndex < 0 ? "" : lines.get(titleIndex).strip();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.equals(title) && NameLinesShapes.isNameShaped(line) && standsAlone(lines, i)
                    && (knownNames.test(line) || counts.merge(line, 1, Integer::sum) >= MIN_RECURRENCE)) {
                names.add(line);
            }
        }
        return new NameLinesLabels(lines, names);
    }

    /** Whether line {@code index} names the speaker of the lines after it. */
    boolean isLabel(int index) {
        return names.contains(lines.get(index).strip()) && nextNonBlank(lines, index) >= 0;
    }

    /** The indexes of the label lines, in reading order. */
    List<Integer> positions() {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isLabel(i)) {
                positions.add(i);
            }
        }
        return positions;
    }

    int distinctNames() {
        return names.size();
    }

    /** A line on its own: after a blank line or a finished sentence, and with text after it. */
    private static boolean standsAlone(List<String> lines, int index) {
        int previous = index - 1;
        boolean afterBreak = previous < 0 || lines.get(previous).isBlank() || Lines.endsSentence(lines.get(previous));
        return afterBreak && nextNonBlank(lines, index) >= 0;
    }

    /** The index of the next line with text after {@code index}, or -1. */
    static int nextNonBlank(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last line with text before {@code index}, or -1. */
    static int previousNonBlank(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
