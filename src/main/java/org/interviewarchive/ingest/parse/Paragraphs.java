package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/** Paragraphs of readable length from the lines of a block. */
final class Paragraphs {

    /** A paragraph of one sentence per line closes at the first line end after this many characters. */
    private static final int READABLE = 240;
    private static final String CLOSING = "”’」』)）\"";

    private Paragraphs() {
    }

    /**
     * A block whose lines each end a sentence (an ASR transcript, one sentence per line) in paragraphs of readable
     * length, never parting a closing quotation mark from its sentence; any other block is one paragraph of wrapped
     * lines.
     */
    static List<List<String>> readable(List<String> block) {
        long sentences = block.stream().filter(Lines::endsSentence).count();
        if (block.size() < 4 || sentences * 4 < block.size() * 3L) {
            return List.of(block);
        }
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int length = 0;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            current.add(line);
            length += Lines.length(line);
            boolean nextCloses = i + 1 < block.size() && CLOSING.indexOf(block.get(i + 1).strip().charAt(0)) >= 0;
            if (length >= READABLE && Lines.endsSentence(line) && !nextCloses) {
                paragraphs.add(current);
                current = new ArrayList<>();
                length = 0;
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }
}
