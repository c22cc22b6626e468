package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the interview part of a labelled markdown article into passages: a label starts a turn, a blank
 * line ends a paragraph, wrapped lines join, headings open sections. Not thread-safe; one per parse.
 */
final class LabelledTurnReader {

    private final List<String> lines;
    private final Map<Integer, MarkdownText.Label> turnLabels;
    private final ArticleMetadata metadata;
    private final List<Section> sections;
    private final List<Passage> passages = new ArrayList<>();
    private final List<String> speakers = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private int paragraphStart;
    private int turn;
    private int paragraphsInTurn;
    private boolean inLastTurn;
    private int end = -1;

    /**
     * @param lines      the document's lines
     * @param turnLabels the lines that start turns, by index
     * @param sections   the sections opened before the first turn; headings read here are added to it
     * @param metadata   receives key-link lines met between turns
     */
    LabelledTurnReader(List<String> lines, Map<Integer, MarkdownText.Label> turnLabels, List<Section> sections,
                       ArticleMetadata metadata) {
        this.lines = lines;
        this.turnLabels = turnLabels;
        this.sections = sections;
        this.metadata = metadata;
    }

    /**
     * Reads lines {@code from} (a turn's label) up to {@code to} (the end of the article's own text).
     *
     * @param lastTurnLine the line of the last label before {@code to}
     * @return the line where the interview ended: {@code to}, or an earlier line where the last turn's text stops
     */
    int read(int from, int to, int lastTurnLine) {
        for (int i = from; i < to && end < 0; i++) {
            readLine(i, i == lastTurnLine);
        }
        finishParagraph();
        return end >= 0 ? end : to;
    }

    private void readLine(int index, boolean lastTurn) {
        String line = lines.get(index).strip();
        MarkdownText.Label label = turnLabels.get(index);
        if (label != null) {
            finishParagraph();
            startTurn(label, lastTurn);
            addLine(index, label.text());
            return;
        }
        Optional<MarkdownText.Heading> heading = MarkdownText.heading(line);
        if (line.isEmpty() || heading.isPresent() || isNoOnesWords(line)) {
            finishParagraph();
            heading.filter(opened -> end < 0).ifPresent(opened -> sections.add(Section.titled(opened.title())));
        } else {
            addLine(index, line);
        }
    }

    List<Passage> passages() {
        return passages;
    }

    /** The label of every turn read, in order. */
    List<String> speakers() {
        return speakers;
    }

    private boolean isNoOnesWords(String line) {
        if (ArticleMetadata.isLinkLine(line)) {
            metadata.accept(line);
            return true;
        }
        return MarkdownText.isDecoration(line) || Boilerplate.isPageArtifact(line) || Boilerplate.isPromotion(line);
    }

    private void startTurn(MarkdownText.Label label, boolean last) {
        turn++;
        paragraphsInTurn = 0;
        inLastTurn = last;
        speakers.add(label.name());
    }

    private void addLine(int index, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (paragraph.isEmpty()) {
            paragraphStart = index;
        }
        paragraph.add(line);
    }

    private void finishParagraph() {
        if (paragraph.isEmpty() || end >= 0) {
            return;
        }
        String text = MarkdownText.plain(Lines.join(paragraph));
        paragraph.clear();
        if (paragraphsInTurn == 0) {
            text = MarkdownText.withoutLeadingColons(text);
        }
        if (text.isEmpty()) {
            return;
        }
        // After the last answer, articles put a run-on line of keywords: no one says a paragraph without any punctuation.
        if (inLastTurn && paragraphsInTurn > 0 && !Lines.hasPunctuation(text)) {
            end = paragraphStart;
            return;
        }
        passages.add(Passage.of(speakers.getLast(), turn, sections.size() - 1, QuoteKind.DIRECT, text));
        paragraphsInTurn++;
    }
}
