package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of the interview into passages, one paragraph each. A paragraph ends at a blank line
 * or a finished sentence; lines wrapped mid-sentence are joined. A bullet list stays with the paragraph
 * that introduces it, one item a line, because a reader cites the list and its lead-in as one piece.
 */
final class NameLinesPassageWriter {

    private final List<Passage> passages = new ArrayList<>();
    /** The passage being built: its paragraph, then its bullet items, one a line. */
    private final List<String> items = new ArrayList<>();
    /** The wrapped lines of the paragraph being read. */
    private final List<String> paragraph = new ArrayList<>();
    /** The wrapped lines of the bullet item being read. */
    private final List<String> bullet = new ArrayList<>();
    private String speaker;
    private int turn;
    private int section = -1;

    void heading(int sectionIndex) {
        endPassage();
        section = sectionIndex;
    }

    void turn(String label) {
        endPassage();
        speaker = label;
        turn++;
    }

    void blank() {
        endParagraph();
        endBullet();
    }

    void line(String line) {
        String stripped = line.strip();
        if (NameLinesShapes.isBullet(stripped)) {
            endParagraph();
            endBullet();
            bullet.add(stripped);
        } else if (!bullet.isEmpty() && !Lines.endsSentence(bullet.getLast())) {
            bullet.add(stripped);
        } else {
            endBullet();
            if (paragraph.isEmpty() && !items.isEmpty()) {
                endPassage();
            }
            paragraph.add(stripped);
            if (Lines.endsSentence(stripped)) {
                endParagraph();
            }
        }
    }

    List<Passage> finish() {
        endPassage();
        return List.copyOf(passages);
    }

    private void endParagraph() {
        if (!paragraph.isEmpty()) {
            items.add(Lines.join(paragraph));
            paragraph.clear();
        }
    }

    private void endBullet() {
        if (!bullet.isEmpty()) {
            items.add(Lines.join(bullet));
            bullet.clear();
        }
    }

    private void endPassage() {
        endParagraph();
        endBullet();
        if (!items.isEmpty()) {
            passages.add(Passage.of(speaker, turn, section, QuoteKind.DIRECT, String.join("\n", items)));
            items.clear();
        }
    }
}
