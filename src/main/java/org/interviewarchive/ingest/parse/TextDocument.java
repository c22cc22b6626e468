package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded transcript's text with line endings and invisible characters normalised, split into lines once.
 *
 * @param fileName the name of the file it came from, for messages
 * @param text     the normalised text
 * @param lines    its lines, right-trimmed, blank lines kept
 */
public record TextDocument(String fileName, String text, List<String> lines) {

    public TextDocument {
        lines = List.copyOf(lines);
    }

    public static TextDocument of(String fileName, String raw) {
        String text = raw
                .replace("\uFEFF", "")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace("\u200B", "")
                .replace('\u3000', ' ');
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return new TextDocument(fileName, text, lines);
    }

    /** The lines that have text, stripped. */
    public List<String> nonBlankLines() {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Runs of non-blank lines separated by blank lines, each run stripped line by line. */
    public List<List<String>> blocks() {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(List.copyOf(current));
                    current.clear();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(List.copyOf(current));
        }
        return blocks;
    }
}
