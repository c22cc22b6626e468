package org.interviewarchive.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.interviewarchive.ingest.parse.Layout;
import org.interviewarchive.ingest.parse.Passage;
import org.interviewarchive.ingest.parse.Section;
import org.interviewarchive.ingest.parse.Transcript;

/**
 * What the ingest would make of a file, shown before anything is stored: the layout it chose, each speaker label with
 * its turns and the person it stands for, the first turns, the sections and what looks doubtful.
 *
 * @param refusal why the file would be refused, or null when it would be stored
 */
public record TranscriptPreview(Path file, String layout, List<LabelUse> labels, List<TurnStart> firstTurns,
        List<String> sections, int quotes, List<String> warnings, String refusal) {

    private static final int FIRST_TURNS = 3;
    private static final int EXCERPT = 80;

    /**
     * A speaker label as the text writes it.
     *
     * @param person the person it stands for as the archive knows them (registry, sidecar), or null for someone new
     */
    public record LabelUse(String label, int turns, int quotes, String person) {
    }

    /** The beginning of a turn: who, when (as written, or null), and the first words. */
    public record TurnStart(String label, String time, String text) {
    }

    static TranscriptPreview refused(Path file, String reason) {
        return new TranscriptPreview(file, null, List.of(), List.of(), List.of(), 0, List.of(), reason);
    }

    /** @param person the person a label stands for, or null */
    static TranscriptPreview of(Path file, Transcript transcript, Function<String, String> person) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<TurnStart> firstTurns = new ArrayList<>();
        int turn = 0;
        for (Passage passage : transcript.passages()) {
            String label = passage.speaker();
            int[] count = label == null ? null : counts.computeIfAbsent(label, key -> new int[2]);
            if (passage.turn() != turn) {
                turn = passage.turn();
                if (count != null) {
                    count[0]++;
                }
                if (firstTurns.size() < FIRST_TURNS) {
                    firstTurns.add(new TurnStart(label, passage.startSeconds() == null ? null : clock(passage.startSeconds()),
                            excerpt(passage.text())));
                }
            }
            if (count != null) {
                count[1]++;
            }
        }
        List<LabelUse> labels = counts.entrySet().stream()
                .map(entry -> new LabelUse(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                        person.apply(entry.getKey())))
                .toList();
        return new TranscriptPreview(file, describe(transcript.layout()), labels, firstTurns,
                transcript.sections().stream().map(Section::title).toList(), transcript.passages().size(),
                warnings(transcript, labels), null);
    }

    /** The layout as people say it: {@code labelled turns}. */
    static String describe(Layout layout) {
        return layout.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static List<String> warnings(Transcript transcript, List<LabelUse> labels) {
        List<String> warnings = new ArrayList<>();
        if (labels.isEmpty()) {
            warnings.add("no speakers recognised: the text is kept as unattributed passages");
        }
        long translated = transcript.passages().stream().map(Passage::translation).filter(Objects::nonNull).count();
        if (translated > 0 && translated < transcript.passages().size()) {
            warnings.add((transcript.passages().size() - translated) + " of " + transcript.passages().size()
                    + " quotes have no translation");
        }
        long unattributed = transcript.passages().stream().filter(passage -> passage.speaker() == null).count();
        if (!labels.isEmpty() && unattributed > 0) {
            warnings.add(unattributed + " quotes before the first label are attributed to no one");
        }
        return warnings;
    }

    /** The preview as the command line prints it, a line each. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (refusal != null) {
            lines.add("REFUSED " + file + ": " + refusal);
            return lines;
        }
        lines.add("DRY-RUN " + file);
        lines.add("  layout: " + layout + ", " + quotes + " quotes");
        lines.add("  speakers: " + (labels.isEmpty() ? "none" : String.join(", ", labels.stream()
                .map(use -> use.label() + " " + use.turns() + (use.turns() == 1 ? " turn" : " turns")
                        + (use.person() == null || use.person().equals(use.label()) ? "" : " (" + use.person() + ")"))
                .toList())));
        lines.add("  first turns:");
        firstTurns.forEach(start -> lines.add("    " + (start.label() == null ? "(no one)" : start.label())
                + (start.time() == null ? "" : " [" + start.time() + "]") + ": " + start.text()));
        lines.add("  sections: " + (sections.isEmpty() ? "none" : String.join(" | ", sections)));
        lines.add("  warnings: " + (warnings.isEmpty() ? "none" : String.join("; ", warnings)));
        return lines;
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= EXCERPT ? line
                : line.substring(0, line.offsetByCodePoints(0, EXCERPT)) + "…";
    }

    private static String clock(int seconds) {
        return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
