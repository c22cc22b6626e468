package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the interview part of a labelled transcript into passages: a label starts a turn (the same speaker labelled
 * again with nobody in between goes on with the turn), a blank line ends a paragraph, wrapped lines join, a block of
 * one sentence per line is cut into paragraphs of readable length, headings open sections, and in a bilingual
 * transcript each block's two languages become a quote and its translation. Not thread-safe; one per parse.
 */
final class LabelledTurnReader {

    /** A time standing at the start of a turn's text: {@code [00:11:37.19]}, {@code \[00:11:37.19\]}, {@code (12:34)}. */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^\\\\?[\\[(（]\\s*(" + LabelShapes.TIME + ")\\s*\\\\?[\\])）]\\s*");
    /** Bilingual pairs of one turn join until the first language has this many characters. */
    private static final int READABLE_PAIRS = 120;
    private static final Pattern BOLD_LINE = Pattern.compile("^(\\*\\*|__)([^*_]{1,40})\\1$");

    private final List<String> lines;
    private final Map<Integer, TurnLabels.Label> turnLabels;
    private final ArticleMetadata metadata;
    private final List<Section> sections;
    private final Bilingual.Mode bilingual;
    /** In a transcript of alternating paragraphs, a paragraph waiting for its other language. */
    private List<String> waiting;
    private final List<Passage> passages = new ArrayList<>();
    private final List<String> speakers = new ArrayList<>();
    private final Set<String> speakersWithWords = new LinkedHashSet<>();
    private final List<String> paragraph = new ArrayList<>();
    private final List<String> pairs = new ArrayList<>();
    private final List<String> pairTranslations = new ArrayList<>();
    private int paragraphStart;
    private int turn;
    private int paragraphsInTurn;
    private boolean inLastTurn;
    private int end = -1;
    /** The label read last, whose turn starts with its first words. */
    private String labelled;
    private boolean labelledIsLast;
    private Integer labelledTime;
    private String speaker;
    /** The time the next passage starts at, from its label. */
    private Integer time;

    /**
     * @param lines      the document's lines
     * @param turnLabels the lines that start turns, by index
     * @param sections   the sections opened before the first turn; headings read here are added to it
     * @param metadata   receives key-link lines met between turns
     * @param bilingual  how the transcript gives a text and its translation, if it does
     */
    LabelledTurnReader(List<String> lines, Map<Integer, TurnLabels.Label> turnLabels, List<Section> sections,
            ArticleMetadata metadata, Bilingual.Mode bilingual) {
        this.lines = lines;
        this.turnLabels = turnLabels;
        this.sections = sections;
        this.metadata = metadata;
        this.bilingual = bilingual;
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
        flushPairs();
        return end >= 0 ? end : to;
    }

    List<Passage> passages() {
        return passages;
    }

    /** The label of every turn read, in order. */
    List<String> speakers() {
        return speakers;
    }

    /** The labels whose turns have words, in order of their first. */
    List<String> speakersWithWords() {
        return List.copyOf(speakersWithWords);
    }

    private void readLine(int index, boolean lastTurn) {
        String line = lines.get(index).strip();
        TurnLabels.Label label = turnLabels.get(index);
        if (label != null) {
            finishParagraph();
            labelled = label.name();
            labelledIsLast = lastTurn;
            labelledTime = label.seconds();
            addLine(index, label.text());
            return;
        }
        Optional<String> heading = heading(line);
        if (line.isEmpty() || heading.isPresent() || isNoOnesWords(line)) {
            finishParagraph();
            if (heading.isPresent() && end < 0) {
                flushPairs();
                sections.add(Section.titled(heading.get()));
            }
        } else {
            addLine(index, line);
        }
    }

    /** A markdown heading, or a short bold line standing alone. */
    private static Optional<String> heading(String line) {
        Optional<MarkdownText.Heading> heading = MarkdownText.heading(line);
        if (heading.isPresent()) {
            return Optional.of(heading.get().title());
        }
        Matcher bold = BOLD_LINE.matcher(line);
        return bold.matches() && !Lines.endsSentence(bold.group(2)) ? Optional.of(bold.group(2).strip()) : Optional.empty();
    }

    private boolean isNoOnesWords(String line) {
        if (ArticleMetadata.isLinkLine(line)) {
            metadata.accept(line);
            return true;
        }
        return MarkdownText.isDecoration(line) || Boilerplate.isPageArtifact(line) || Boilerplate.isPromotion(line);
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

    /** Words after a label begin its turn, or go on with the turn when the same speaker was labelled again. */
    private void startTurnIfLabelled() {
        if (labelled == null) {
            return;
        }
        if (!labelled.equals(speaker) || turn == 0) {
            flushPairs();
            turn++;
            paragraphsInTurn = 0;
            speaker = labelled;
            speakers.add(labelled);
        }
        inLastTurn = labelledIsLast;
        time = labelledTime;
        labelled = null;
    }

    private void finishParagraph() {
        if (paragraph.isEmpty() || end >= 0) {
            paragraph.clear();
            return;
        }
        List<String> block = List.copyOf(paragraph);
        paragraph.clear();
        startTurnIfLabelled();
        if (speaker == null) {
            return;
        }
        if (bilingual == Bilingual.Mode.LINES) {
            addPair(block);
            return;
        }
        if (bilingual == Bilingual.Mode.PARAGRAPHS) {
            addAlternating(block);
            return;
        }
        for (List<String> readable : Paragraphs.readable(block)) {
            addParagraph(readable);
        }
    }

    private void addParagraph(List<String> block) {
        String text = clean(Lines.join(block));
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
        add(Passage.of(speaker, turn, sections.size() - 1, QuoteKind.DIRECT, text));
    }

    /**
     * A block of a bilingual transcript: the language it gives first joins the text, the other the translation;
     * short blocks of one turn join into a passage of readable length.
     */
    private void addPair(List<String> block) {
        Bilingual.Split split = Bilingual.split(block);
        boolean chineseFirst = Bilingual.isChinese(block.getFirst());
        List<String> text = chineseFirst ? split.chinese() : split.other();
        List<String> translation = chineseFirst ? split.other() : split.chinese();
        boolean sameKind = pairs.isEmpty() || Bilingual.isChinese(pairs.getFirst()) == chineseFirst
                && translation.isEmpty() == pairTranslations.isEmpty();
        if (!sameKind) {
            flushPairs();
        }
        pairs.addAll(text);
        pairTranslations.addAll(translation);
        if (Lines.length(Lines.join(pairs)) >= READABLE_PAIRS) {
            flushPairs();
        }
    }

    /**
     * A paragraph of a transcript whose paragraphs alternate languages: with the one waiting before it, if that is in
     * the other language, it makes a quote and its translation; else the one waiting stands alone.
     */
    private void addAlternating(List<String> block) {
        Bilingual.Split split = Bilingual.split(block);
        if (split.both()) {
            flushPairs();
            addPair(block);
            flushPairs();
            return;
        }
        if (waiting != null && Bilingual.isChinese(waiting.getFirst()) != split.other().isEmpty()) {
            pairs.addAll(waiting);
            pairTranslations.addAll(block);
            waiting = null;
            flushPairs();
            return;
        }
        flushPairs();
        waiting = block;
    }

    private void flushPairs() {
        if (waiting != null) {
            pairs.addAll(waiting);
            waiting = null;
        }
        if (pairs.isEmpty()) {
            return;
        }
        String text = clean(Lines.join(pairs));
        String translation = pairTranslations.isEmpty() ? null : clean(String.join(" ", pairTranslations));
        pairs.clear();
        pairTranslations.clear();
        if (text.isEmpty()) {
            return;
        }
        add(translation == null || translation.isEmpty()
                ? Passage.of(speaker, turn, sections.size() - 1, QuoteKind.DIRECT, text)
                : new Passage(speaker, turn, sections.size() - 1, QuoteKind.DIRECT, text, Languages.detect(text),
                        translation, Languages.detect(translation)));
    }

    /** Adds a passage at the time its turn's label or its own text gives. */
    private void add(Passage passage) {
        Passage timed = passage;
        Matcher leading = LEADING_TIME.matcher(passage.text());
        if (leading.find()) {
            String rest = passage.text().substring(leading.end()).strip();
            if (rest.isEmpty()) {
                return;
            }
            timed = new Passage(passage.speaker(), passage.turn(), passage.section(), passage.kind(), rest,
                    passage.lang(), passage.translation(), passage.translationLang(), passage.originalLang(),
                    Timestamps.seconds(leading.group(1)), null);
        }
        if (time != null && timed.startSeconds() == null) {
            timed = timed.at(time);
        }
        time = null;
        passages.add(timed);
        speakersWithWords.add(speaker);
        paragraphsInTurn++;
    }

    static String clean(String text) {
        return Entities.decode(MarkdownText.plain(text));
    }
}
