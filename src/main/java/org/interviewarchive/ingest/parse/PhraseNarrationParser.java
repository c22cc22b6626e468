package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A video's narration written out one short phrase per line, without speaker labels: the narrator's own
 * words, and passages where the narrator reports what a guest said ("布尔若表示…"). Phrases are joined back
 * into sentences and paragraphs; a self-introduction ("这里是X") names the narrator.
 */
public final class PhraseNarrationParser implements TranscriptParser {

    /** A phrase line is at most this long; prose paragraphs are far longer. */
    private static final int MAX_PHRASE_LENGTH = 30;
    /** Lines repeated this often are labels ("Speaker 0"), not phrases. */
    private static final int LABEL_REPEATS = 3;
    /** Below this many lines a text is too short to tell by its look. */
    private static final int LINES_TO_BE_SURE = 8;
    /** Share of phrase lines under which a text is not narration at all, and over which it surely is. */
    private static final double NO_PHRASES = 0.2;
    private static final double ALL_PHRASES = 0.8;
    /** Groups of lines between blank lines mark paragraphs only when they hold this many lines on average. */
    private static final int LINES_PER_GROUP = 3;

    private static final Pattern MARKUP_START = Pattern.compile("^(?:#|\\*|\\||>|[-•·]\\s|\\d+[.、)）]\\s*)");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

    @Override
    public Layout layout() {
        return Layout.PHRASE_NARRATION;
    }

    /**
     * High when most lines are short phrases without final punctuation, markup or repeated labels; a Chinese
     * line followed by a Latin-script line (subtitles with their translation) counts against.
     */
    @Override
    public int recognise(TextDocument document) {
        List<String> lines = document.nonBlankLines();
        if (lines.isEmpty()) {
            return 0;
        }
        Map<String, Integer> repeats = new HashMap<>();
        lines.forEach(line -> repeats.merge(line, 1, Integer::sum));
        int phrases = 0;
        int translations = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (repeats.get(line) < LABEL_REPEATS && isPhrase(line)) {
                phrases++;
            }
            if (i > 0 && Languages.hasHan(lines.get(i - 1)) && !Languages.hasHan(line)
                    && LATIN_LETTER.matcher(line).find()) {
                translations++;
            }
        }
        double n = lines.size();
        double phraseScore = Math.clamp((phrases / n - NO_PHRASES) / (ALL_PHRASES - NO_PHRASES), 0.0, 1.0);
        double translationPenalty = Math.clamp(1.0 - 3.0 * translations / n, 0.0, 1.0);
        double certainty = Math.min(1.0, n / LINES_TO_BE_SURE);
        return (int) Math.round(100 * phraseScore * translationPenalty * certainty);
    }

    /** A short line of words: a table of numbers or codes is not narration. */
    private static boolean isPhrase(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        return Lines.length(line) <= MAX_PHRASE_LENGTH
                && letters * 2 > Lines.length(line)
                && !Lines.hasPunctuation(Character.toString(line.codePointBefore(line.length())))
                && !MARKUP_START.matcher(line).find();
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        List<NarrationParagraphs.Line> lines = narrationLines(document);
        if (lines.isEmpty()) {
            throw new UnparseableTranscriptException(
                    document.fileName() + " has no narration: no line of text before the end of the article");
        }
        NarrationCast cast = NarrationCast.of(lines.stream().map(NarrationParagraphs.Line::text).toList(), context);
        List<NarrationParagraph> paragraphs = new NarrationParagraphs(cast).split(lines);
        boolean chinese = Languages.CHINESE.equals(Languages.detect(document.text()));

        List<Passage> passages = new ArrayList<>();
        Map<String, Participant> participants = new LinkedHashMap<>();
        if (cast.narrator() != null) {
            participants.put(cast.narrator(), new Participant(cast.narrator(), Role.NARRATOR));
        }
        int turn = 0;
        for (NarrationParagraph paragraph : paragraphs) {
            QuoteKind kind = paragraph.reporter() == null ? QuoteKind.NARRATION : QuoteKind.REPORTED;
            String speaker = paragraph.reporter() == null ? cast.narrator() : paragraph.reporter();
            Passage previous = passages.isEmpty() ? null : passages.getLast();
            if (previous == null || previous.kind() != kind || !Objects.equals(previous.speaker(), speaker)) {
                turn++;
            }
            passages.add(Passage.of(speaker, turn, -1, kind, paragraph.text(chinese)));
            if (paragraph.reporter() != null) {
                participants.putIfAbsent(cast.person(paragraph.reporter()), new Participant(paragraph.reporter(), Role.GUEST));
            }
        }
        TranscriptMetadata metadata = new TranscriptMetadata(null, cast.narrator(), null, null, null, null, null);
        return new Transcript(Layout.PHRASE_NARRATION, metadata, List.of(), List.copyOf(participants.values()),
                passages, List.of());
    }

    /** The lines before any end-of-article marker, without page artifacts, each noting a blank line before it. */
    private static List<NarrationParagraphs.Line> narrationLines(TextDocument document) {
        List<List<String>> groups = document.blocks();
        int lineCount = groups.stream().mapToInt(List::size).sum();
        boolean groupsAreParagraphs = groups.size() > 1 && lineCount >= LINES_PER_GROUP * groups.size();
        List<NarrationParagraphs.Line> lines = new ArrayList<>();
        for (List<String> group : groups) {
            boolean opensGroup = groupsAreParagraphs;
            for (String line : group) {
                if (Boilerplate.endsArticle(line)) {
                    return lines;
                }
                if (!Boilerplate.isPageArtifact(line)) {
                    lines.add(new NarrationParagraphs.Line(line, opensGroup));
                    opensGroup = false;
                }
            }
        }
        return lines;
    }
}
