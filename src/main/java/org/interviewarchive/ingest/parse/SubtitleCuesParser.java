package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subtitles: SRT or WebVTT cues (an optional number or identifier, a timing line
 * {@code 00:00:01,000 --> 00:00:04,000}, lines of text), the same pasted into a text file, or raw Whisper segments
 * {@code [00:00.000 --> 00:04.000] text}. A speaker is named by a WebVTT voice tag ({@code <v Name>}) or by a label
 * that opens a turn's first cue ({@code Name:}, {@code 【说话人0】}, {@code [Name]}), found by how the labels recur,
 * and speaks until another is named; a dash at a cue's start ({@code - }) is a change of speaker; without names the
 * text is unattributed. Rolling auto-captions that repeat the words of the cue before are read once. Consecutive cues
 * of one speaker form a turn, joined into paragraphs of readable length, each starting at its first cue's time. A
 * file whose cues mostly hold a Chinese line and a line in another language is bilingual.
 */
public final class SubtitleCuesParser implements TranscriptParser {

    private static final String TIME = "(?:\\d{1,3}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}";
    private static final Pattern TIMING = Pattern.compile("^(" + TIME + ")\\s*-->\\s*(" + TIME + ")(?:\\s.*)?$");
    private static final Pattern SEGMENT = Pattern.compile("^\\[(" + TIME + ")\\s*-->\\s*(" + TIME + ")]\\s*(.*)$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>");
    /** Markup that is no one's words: tags, timestamps inside cues, SSA overrides such as {@code {\an8}}. */
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");
    private static final Pattern DIALOGUE_MARK = Pattern.compile("^(?:>>|[-–—])\\s*");
    /** A cue that is only a sound: {@code [Music]}, {@code (笑声)}, {@code ♪}. */
    private static final Pattern SOUND = Pattern.compile("^(?:[\\[(（【][^\\])）】]*[\\])）】]|[♪♫].*)$");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Share of cues holding a Chinese line and another language over which a file is bilingual. */
    private static final double BILINGUAL_SHARE = 0.6;
    /** A paragraph closes at the first sentence end after this many characters, and at the latest after twice as many. */
    private static final int PARAGRAPH_LENGTH = 200;
    /** Words a rolling caption repeats from the cue before: enough of them to be sure they are a repeat. */
    private static final int LEAST_REPEAT = 8;

    @Override
    public Layout layout() {
        return Layout.SUBTITLE_CUES;
    }

    /** The share of lines that are timing lines: one in three or four in a subtitle file, none anywhere else. */
    @Override
    public int recognise(TextDocument document) {
        List<String> lines = document.nonBlankLines();
        long timings = lines.stream().filter(line -> TIMING.matcher(line).matches() || SEGMENT.matcher(line).matches())
                .count();
        if (timings < 3) {
            return 0;
        }
        double share = (double) timings / lines.size();
        return (int) Math.round(60 + 40 * Math.min(1.0, share * 4));
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        List<Cue> cues = readCues(document.lines());
        if (cues.isEmpty()) {
            throw new UnparseableTranscriptException(document.fileName() + ": its timing lines have no subtitle text");
        }
        List<Utterance> utterances = attribute(cues, context);
        if (utterances.isEmpty()) {
            throw new UnparseableTranscriptException(document.fileName() + ": its subtitles hold only sounds, no words");
        }
        boolean bilingual = isBilingual(utterances);
        Set<String> speakers = new LinkedHashSet<>();
        utterances.stream().map(Utterance::speaker).filter(Objects::nonNull).forEach(speakers::add);
        TranscriptMetadata metadata = new TranscriptMetadata(null, null, null, null, null, null,
                cues.getLast().endSeconds());
        return new Transcript(Layout.SUBTITLE_CUES, metadata, List.of(),
                speakers.stream().map(name -> new Participant(name, null)).toList(),
                passages(utterances, bilingual), List.of());
    }

    /** One cue's text lines, markup still in them, and when it starts and ends. */
    private record Cue(List<String> lines, int startSeconds, int endSeconds) {
    }

    /** A line of a cue: its text, the name its voice tag gives, whether a dash opens it, and its cue. */
    private record Line(String voice, String text, boolean dash, int cue) {
    }

    /**
     * What one speaker says in one cue.
     *
     * @param change whether a new turn begins here although no one is named (a dialogue dash)
     */
    private record Utterance(String speaker, List<String> lines, int cue, int startSeconds, boolean change) {

        Utterance with(String line) {
            List<String> more = new ArrayList<>(lines);
            more.add(line);
            return new Utterance(speaker, List.copyOf(more), cue, startSeconds, change);
        }
    }

    /** Text belongs to the timing line above it; WebVTT's header, notes and styles have none, so they are skipped. */
    private static List<Cue> readCues(List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        List<String> text = null;
        int start = 0;
        int end = 0;
        for (String raw : lines) {
            String line = raw.strip();
            Matcher timing = TIMING.matcher(line);
            Matcher segment = SEGMENT.matcher(line);
            if (timing.matches()) {
                addCue(cues, text, start, end);
                text = new ArrayList<>();
                start = seconds(timing.group(1));
                end = seconds(timing.group(2));
            } else if (segment.matches()) {
                addCue(cues, text, start, end);
                text = null;
                addCue(cues, new ArrayList<>(List.of(segment.group(3))), seconds(segment.group(1)),
                        seconds(segment.group(2)));
            } else if (line.isEmpty()) {
                addCue(cues, text, start, end);
                text = null;
            } else if (text != null) {
                text.add(line);
            }
        }
        addCue(cues, text, start, end);
        return cues;
    }

    private static void addCue(List<Cue> cues, List<String> text, int start, int end) {
        if (text == null) {
            return;
        }
        // A file without blank lines between cues leaves the next cue's number at the end of this one.
        if (!text.isEmpty() && text.getLast().matches("\\d+")) {
            text.removeLast();
        }
        text.removeIf(String::isBlank);
        if (!text.isEmpty()) {
            cues.add(new Cue(List.copyOf(text), start, end));
        }
    }

    private static int seconds(String time) {
        return Timestamps.seconds(time);
    }

    /**
     * Finds each line's speaker: a voice tag always names one; a label opening a cue does when the transcript uses
     * such labels ({@link TurnLabels}). A line that names no one continues the speaker before it, unless a dash
     * marks it as someone else's.
     */
    private static List<Utterance> attribute(List<Cue> cues, ParseContext context) {
        List<Line> lines = new ArrayList<>();
        List<List<Line>> byCue = new ArrayList<>(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            List<Line> cueLines = new ArrayList<>();
            for (String raw : cues.get(i).lines()) {
                cueLines.add(clean(raw, i));
            }
            byCue.add(cueLines);
            lines.addAll(cueLines);
        }
        List<String> texts = lines.stream().map(Line::text).toList();
        TreeMap<Integer, TurnLabels.Label> labels = TurnLabels.atLineStarts(texts, context).labels();
        List<Utterance> utterances = new ArrayList<>();
        String speaker = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            boolean change = false;
            TurnLabels.Label label = labels.get(i);
            if (line.voice() != null) {
                speaker = line.voice();
            } else if (label != null) {
                speaker = label.name();
                text = label.text();
            } else if (line.dash() && !utterances.isEmpty()) {
                change = true;
            }
            text = withoutRepeat(byCue, line, text);
            if (text.isEmpty() || SOUND.matcher(text).matches() || !LETTER.matcher(text).find()) {
                continue;
            }
            Utterance last = utterances.isEmpty() ? null : utterances.getLast();
            if (last != null && !change && last.cue() == line.cue() && Objects.equals(last.speaker(), speaker)) {
                utterances.set(utterances.size() - 1, last.with(text));
            } else {
                utterances.add(new Utterance(speaker, List.of(text), line.cue(), cues.get(line.cue()).startSeconds(),
                        change));
            }
        }
        return utterances;
    }

    /**
     * A rolling caption's new words. Auto-captions show each line twice, as the second line of one cue and the first
     * of the next, or grow a line cue by cue; what the cue before already said is read once. A line said again on
     * its own is said again.
     */
    private static String withoutRepeat(List<List<Line>> cues, Line line, String text) {
        if (line.cue() == 0 || text.isEmpty()) {
            return text;
        }
        List<Line> cue = cues.get(line.cue());
        String previous = cues.get(line.cue() - 1).getLast().text();
        boolean firstOfSeveral = cue.size() > 1 && cue.getFirst() == line;
        if (firstOfSeveral && previous.equals(text)) {
            return "";
        }
        int longest = Math.min(previous.length(), text.length() - 1);
        for (int length = longest; length >= LEAST_REPEAT; length--) {
            if (previous.regionMatches(previous.length() - length, text, 0, length) && (Character.isWhitespace(
                    text.charAt(length)) || Languages.isHan(text.codePointAt(length)))) {
                return text.substring(length).strip();
            }
        }
        return text;
    }

    /** A line without markup, entities or dialogue marks, and the name its voice tag gives. */
    private static Line clean(String raw, int cue) {
        Matcher voice = VOICE.matcher(raw);
        String name = voice.find() ? voice.group(1).strip() : null;
        String text = Entities.decode(MARKUP.matcher(raw).replaceAll("")).strip();
        Matcher dash = DIALOGUE_MARK.matcher(text);
        boolean dashed = dash.find();
        if (dashed) {
            text = text.substring(dash.end());
        }
        return new Line(name == null || name.isEmpty() ? null : name, text, dashed, cue);
    }

    private static boolean isBilingual(List<Utterance> utterances) {
        long both = utterances.stream()
                .filter(utterance -> utterance.lines().stream().anyMatch(Languages::hasHan)
                        && utterance.lines().stream().anyMatch(line -> !Languages.hasHan(line)))
                .count();
        return both >= BILINGUAL_SHARE * utterances.size();
    }

    /** Consecutive utterances of one speaker form a turn; a turn is cut into paragraphs at sentence ends. */
    private static List<Passage> passages(List<Utterance> utterances, boolean bilingual) {
        List<Passage> passages = new ArrayList<>();
        Paragraph paragraph = new Paragraph(bilingual);
        int turn = 0;
        String speaker = null;
        for (Utterance utterance : utterances) {
            if (turn == 0 || utterance.change() || !Objects.equals(speaker, utterance.speaker())) {
                paragraph.flushInto(passages, speaker, turn);
                turn++;
                speaker = utterance.speaker();
            }
            paragraph.add(utterance);
            if (paragraph.isLongEnough()) {
                paragraph.flushInto(passages, speaker, turn);
            }
        }
        paragraph.flushInto(passages, speaker, turn);
        return passages;
    }

    /** The paragraph being gathered: its text, in a bilingual file its translation, and when it starts. */
    private static final class Paragraph {

        private final boolean bilingual;
        private final List<String> text = new ArrayList<>();
        private final List<String> translation = new ArrayList<>();
        private Integer start;

        Paragraph(boolean bilingual) {
            this.bilingual = bilingual;
        }

        void add(Utterance utterance) {
            if (start == null) {
                start = utterance.startSeconds();
            }
            for (String line : utterance.lines()) {
                (bilingual && !Languages.hasHan(line) ? translation : text).add(line);
            }
        }

        boolean isLongEnough() {
            String main = Lines.join(text.isEmpty() ? translation : text);
            int length = Lines.length(main);
            return length >= 2 * PARAGRAPH_LENGTH || length >= PARAGRAPH_LENGTH && Lines.endsSentence(main);
        }

        void flushInto(List<Passage> passages, String speaker, int turn) {
            if (text.isEmpty() && translation.isEmpty()) {
                return;
            }
            Passage passage;
            if (text.isEmpty()) {
                passage = Passage.of(speaker, turn, -1, QuoteKind.DIRECT, Lines.join(translation));
            } else if (translation.isEmpty()) {
                passage = Passage.of(speaker, turn, -1, QuoteKind.DIRECT, Lines.join(text));
            } else {
                String main = Lines.join(text);
                String other = Lines.join(translation);
                passage = new Passage(speaker, turn, -1, QuoteKind.DIRECT, main, Languages.detect(main), other,
                        Languages.detect(other));
            }
            passages.add(passage.at(start));
            text.clear();
            translation.clear();
            start = null;
        }
    }
}
