package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subtitle files, SRT or WebVTT: cues of an optional number or identifier, a timing line
 * ({@code 00:00:01,000 --> 00:00:04,000}) and one or more lines of text. A speaker is named by a WebVTT voice tag
 * ({@code <v Name>}) or a {@code Name:} prefix and speaks until another is named; without names the text is
 * unattributed. Consecutive cues of one speaker form a turn, joined into paragraphs of readable length. A file whose
 * cues mostly hold a Chinese line and a line in another language is bilingual: the other language is the translation.
 */
public final class SubtitleCuesParser implements TranscriptParser {

    private static final String TIME = "(?:\\d{1,3}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}";
    private static final Pattern TIMING = Pattern.compile("^(" + TIME + ")\\s*-->\\s*(" + TIME + ")(?:\\s.*)?$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>");
    /** Markup that is no one's words: tags, timestamps inside cues, SSA overrides such as {@code {\an8}}. */
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");
    private static final Pattern DIALOGUE_MARK = Pattern.compile("^(?:>>|[-–—])\\s*");
    private static final Pattern NAME_PREFIX = Pattern.compile("^([\\p{L}][\\p{L}\\p{M}\\p{N}.'’·・ _-]{0,38}?)\\s*[:：]\\s*(\\S.*)$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)https?|www|ftp|mailto");
    /** A cue that is only a sound: {@code [Music]}, {@code (笑声)}, {@code ♪}. */
    private static final Pattern SOUND = Pattern.compile("^(?:[\\[(（【][^\\])）】]*[\\])）】]|[♪♫].*)$");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A name prefix counts when the text uses it this often, or when the name is known. */
    private static final int NAME_REPEATS = 2;
    /** Share of cues holding a Chinese line and another language over which a file is bilingual. */
    private static final double BILINGUAL_SHARE = 0.6;
    /** A paragraph closes at the first sentence end after this many characters, and at the latest after twice as many. */
    private static final int PARAGRAPH_LENGTH = 200;

    @Override
    public Layout layout() {
        return Layout.SUBTITLE_CUES;
    }

    /** The share of lines that are timing lines: one in three or four in a subtitle file, none anywhere else. */
    @Override
    public int recognise(TextDocument document) {
        List<String> lines = document.nonBlankLines();
        long timings = lines.stream().filter(line -> TIMING.matcher(line).matches()).count();
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

    /** One cue's text lines, markup still in them, and when it ends. */
    private record Cue(List<String> lines, int endSeconds) {
    }

    /** A line of a cue with its speaker, when it names one, and the cue it belongs to. */
    private record Line(String name, String text, int cue) {
    }

    /** What one speaker says in one cue. */
    private record Utterance(String speaker, List<String> lines, int cue) {

        Utterance with(String line) {
            List<String> more = new ArrayList<>(lines);
            more.add(line);
            return new Utterance(speaker, List.copyOf(more), cue);
        }
    }

    /** Text belongs to the timing line above it; WebVTT's header, notes and styles have none, so they are skipped. */
    private static List<Cue> readCues(List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        List<String> text = null;
        int end = 0;
        for (String raw : lines) {
            String line = raw.strip();
            Matcher timing = TIMING.matcher(line);
            if (timing.matches()) {
                addCue(cues, text, end);
                text = new ArrayList<>();
                end = seconds(timing.group(2));
            } else if (line.isEmpty()) {
                addCue(cues, text, end);
                text = null;
            } else if (text != null) {
                text.add(line);
            }
        }
        addCue(cues, text, end);
        return cues;
    }

    private static void addCue(List<Cue> cues, List<String> text, int end) {
        if (text == null) {
            return;
        }
        // A file without blank lines between cues leaves the next cue's number at the end of this one.
        if (!text.isEmpty() && text.getLast().matches("\\d+")) {
            text.removeLast();
        }
        if (!text.isEmpty()) {
            cues.add(new Cue(List.copyOf(text), end));
        }
    }

    private static int seconds(String time) {
        String[] parts = time.replace(',', '.').split(":");
        double seconds = 0;
        for (String part : parts) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return (int) seconds;
    }

    /**
     * Finds each line's speaker: a voice tag always names one; a {@code Name:} prefix does when the name is known
     * or the text uses it repeatedly (so that "Remember: …" stays text). A line that names no one continues the
     * speaker before it.
     */
    private static List<Utterance> attribute(List<Cue> cues, ParseContext context) {
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> prefixes = new HashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            for (String raw : cues.get(i).lines()) {
                Line line = clean(raw, i);
                lines.add(line);
                Matcher prefix = NAME_PREFIX.matcher(line.text());
                if (line.name() == null && prefix.matches()) {
                    prefixes.merge(prefix.group(1).strip(), 1, Integer::sum);
                }
            }
        }
        List<Utterance> utterances = new ArrayList<>();
        String speaker = null;
        for (Line line : lines) {
            String text = line.text();
            if (line.name() != null) {
                speaker = line.name();
            } else {
                Matcher prefix = NAME_PREFIX.matcher(text);
                if (prefix.matches() && isName(prefix.group(1).strip(), prefixes, context)) {
                    speaker = prefix.group(1).strip();
                    text = prefix.group(2).strip();
                }
            }
            if (text.isEmpty() || SOUND.matcher(text).matches() || !LETTER.matcher(text).find()) {
                continue;
            }
            Utterance last = utterances.isEmpty() ? null : utterances.getLast();
            if (last != null && last.cue() == line.cue() && Objects.equals(last.speaker(), speaker)) {
                utterances.set(utterances.size() - 1, last.with(text));
            } else {
                utterances.add(new Utterance(speaker, List.of(text), line.cue()));
            }
        }
        return utterances;
    }

    /** A line without markup, entities or dialogue marks, and the name its voice tag gives. */
    private static Line clean(String raw, int cue) {
        Matcher voice = VOICE.matcher(raw);
        String name = voice.find() ? voice.group(1).strip() : null;
        String text = MARKUP.matcher(raw).replaceAll("")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .strip();
        text = DIALOGUE_MARK.matcher(text).replaceFirst("");
        return new Line(name == null || name.isEmpty() ? null : name, text, cue);
    }

    private static boolean isName(String candidate, Map<String, Integer> prefixes, ParseContext context) {
        if (NOT_A_NAME.matcher(candidate).matches() || candidate.split("\\s+").length > 4) {
            return false;
        }
        return context.isKnownName(candidate) || prefixes.getOrDefault(candidate, 0) >= NAME_REPEATS;
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
            if (turn == 0 || !Objects.equals(speaker, utterance.speaker())) {
                paragraph.flushInto(passages, speaker, turn);
                turn++;
                speaker = utterance.speaker();
            }
            paragraph.add(utterance.lines());
            if (paragraph.isLongEnough()) {
                paragraph.flushInto(passages, speaker, turn);
            }
        }
        paragraph.flushInto(passages, speaker, turn);
        return passages;
    }

    /** The paragraph being gathered: its text and, in a bilingual file, its translation. */
    private static final class Paragraph {

        private final boolean bilingual;
        private final List<String> text = new ArrayList<>();
        private final List<String> translation = new ArrayList<>();

        Paragraph(boolean bilingual) {
            this.bilingual = bilingual;
        }

        void add(List<String> lines) {
            for (String line : lines) {
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
            if (text.isEmpty()) {
                passages.add(Passage.of(speaker, turn, -1, QuoteKind.DIRECT, Lines.join(translation)));
            } else if (translation.isEmpty()) {
                passages.add(Passage.of(speaker, turn, -1, QuoteKind.DIRECT, Lines.join(text)));
            } else {
                String main = Lines.join(text);
                String other = Lines.join(translation);
                passages.add(new Passage(speaker, turn, -1, QuoteKind.DIRECT, main, Languages.detect(main), other,
                        Languages.detect(other)));
            }
            text.clear();
            translation.clear();
        }
    }
}
