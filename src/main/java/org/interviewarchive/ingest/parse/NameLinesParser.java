package org.interviewarchive.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A web article of an interview: the editor's introduction, then each speaker's name alone on a line
 * followed by that speaker's paragraphs, headings between the turns, the site's boilerplate after the end.
 * <p>
 * The intro (everything before the first name or heading) is the editor's: it becomes the summary. A heading
 * is a short line without final punctuation that stands right before a name and not directly after one,
 * so a one-line turn without punctuation stays a turn.
 */
public final class NameLinesParser implements TranscriptParser {

    /** Below this many label lines a recurring short line is as likely a refrain as a speaker. */
    private static final int MIN_LABEL_LINES = 4;
    private static final Pattern QUOTED_SOURCE = Pattern.compile(
            "(?:来自于|来自|来源于|来源|转载自|转自|出处)[^“\"「『\\n]{0,10}?[“\"「『]([^”\"」』\\n]{1,40})[”\"」』]");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(?:本文|文章)?(?:来源|出处)\\s*[:：]\\s*([^\\s，,。]{1,30})$");
    private static final Pattern HOST_LABEL = Pattern.compile(
            "^(?:主持|主播|采访者|记者|(?:host|moderator|interviewer)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GUEST_LABEL = Pattern.compile("^(?:嘉宾|受访者|guest\\b)", Pattern.CASE_INSENSITIVE);

    @Override
    public Layout layout() {
        return Layout.NAME_LINES;
    }

    /**
     * High when several distinct short lines recur on their own, each followed by a paragraph, and the
     * speakers alternate. Subtitles that repeat one speaker's label for every cue, or pair each line with its
     * translation, and narration in short phrases score low.
     */
    @Override
    public int recognise(TextDocument document) {
        List<String> lines = articleLines(document.lines(), name -> false);
        NameLinesLabels labels = NameLinesLabels.find(lines, name -> false);
        List<Integer> positions = labels.positions();
        if (labels.distinctNames() < 2 || positions.size() < MIN_LABEL_LINES) {
            return 0;
        }
        int changes = 0;
        int paragraphs = 0;
        int translated = 0;
        for (int k = 0; k < positions.size(); k++) {
            int label = positions.get(k);
            if (k > 0 && !lines.get(label).strip().equals(lines.get(positions.get(k - 1)).strip())) {
                changes++;
            }
            int first = NameLinesLabels.nextNonBlank(lines, label);
            if (!labels.isLabel(first) && NameLinesShapes.isParagraph(lines.get(first))) {
                paragraphs++;
            }
            if (startsTranslatedPair(lines, labels, first)) {
                translated++;
            }
        }
        double alternation = (double) changes / (positions.size() - 1);
        double paragraphShare = (double) paragraphs / positions.size();
        double monolingualShare = 1 - (double) translated / positions.size();
        return (int) Math.round(100 * alternation * paragraphShare * monolingualShare);
    }

    /** A Chinese line followed by an English one under the same label: a subtitle and its original. */
    private static boolean startsTranslatedPair(List<String> lines, NameLinesLabels labels, int first) {
        int second = NameLinesLabels.nextNonBlank(lines, first);
        return second >= 0 && !labels.isLabel(second)
                && Languages.detect(lines.get(first)).equals(Languages.CHINESE)
                && Languages.detect(lines.get(second)).equals(Languages.ENGLISH);
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        List<String> lines = articleLines(document.lines(), context::isKnownName);
        NameLinesLabels labels = NameLinesLabels.find(lines, context::isKnownName);
        String title = document.nonBlankLines().stream().findFirst().orElse(null);
        int introEnd = IntStream.range(0, lines.size())
                .filter(i -> !isNoise(lines.get(i), title) && (labels.isLabel(i) || isHeading(lines, labels, i)))
                .findFirst()
                .orElseThrow(() -> new UnparseableTranscriptException(document.fileName()
                        + ": no speaker names found; this layout needs each speaker's name alone on a line,"
                        + " several times, each before that speaker's paragraphs"));
        Interview interview = readInterview(lines, labels, introEnd, title);
        if (interview.passages().isEmpty()) {
            throw new UnparseableTranscriptException(document.fileName()
                    + ": speaker names found, but no paragraphs under them");
        }
        List<String> intro = lines.subList(0, introEnd);
        List<String> closing = document.lines().subList(lines.size(), document.lines().size());
        TranscriptMetadata metadata = new TranscriptMetadata(
                title, source(intro, closing), null, null, date(intro), summary(intro, title), null);
        return new Transcript(Layout.NAME_LINES, metadata, interview.sections(), interview.participants(),
                interview.passages(), List.of());
    }

    private record Interview(List<Section> sections, List<Participant> participants, List<Passage> passages) {
    }

    private static Interview readInterview(List<String> lines, NameLinesLabels labels, int from, String title) {
        List<Section> sections = new ArrayList<>();
        Map<String, Participant> participants = new LinkedHashMap<>();
        NameLinesPassageWriter writer = new NameLinesPassageWriter();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (isNoise(line, title)) {
                continue;
            }
            if (labels.isLabel(i)) {
                writer.turn(line);
                participants.putIfAbsent(line, new Participant(line, roleOf(line)));
            } else if (isHeading(lines, labels, i)) {
                sections.add(Section.titled(line));
                writer.heading(sections.size() - 1);
            } else if (line.isEmpty()) {
                writer.blank();
            } else {
                writer.line(line);
            }
        }
        return new Interview(sections, List.copyOf(participants.values()), writer.finish());
    }

    /** The title again (image captions) or a page's counter line: no one's words. */
    private static boolean isNoise(String line, String title) {
        String stripped = line.strip();
        return stripped.equals(title) || Boilerplate.isPageArtifact(stripped);
    }

    /**
     * The lines before the site's closing. Only a marker after the interview has begun counts: a credit such
     * as 本文来自… often opens an article too.
     */
    private static List<String> articleLines(List<String> lines, Predicate<String> knownNames) {
        NameLinesLabels labels = NameLinesLabels.find(lines, knownNames);
        boolean begun = false;
        for (int i = 0; i < lines.size(); i++) {
            if (labels.isLabel(i)) {
                begun = true;
            } else if (begun && Boilerplate.endsArticle(lines.get(i))) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }

    private static boolean isHeading(List<String> lines, NameLinesLabels labels, int index) {
        if (!NameLinesShapes.isHeadingShaped(lines.get(index))) {
            return false;
        }
        int next = NameLinesLabels.nextNonBlank(lines, index);
        int previous = NameLinesLabels.previousNonBlank(lines, index);
        return next >= 0 && labels.isLabel(next) && (previous < 0 || !labels.isLabel(previous));
    }

    private static Role roleOf(String label) {
        if (HOST_LABEL.matcher(label).find()) {
            return Role.HOST;
        }
        return GUEST_LABEL.matcher(label).find() ? Role.GUEST : null;
    }

    /**
     * The editor's sentences of the intro, without the site's header, the dateline, title captions and
     * credits (本文来自…, which {@link Boilerplate} knows as the start of a site's own text).
     */
    private static String summary(List<String> intro, String title) {
        List<String> paragraphs = intro.stream()
                .map(String::strip)
                .filter(line -> !isNoise(line, title) && !Boilerplate.endsArticle(line))
                .filter(NameLinesShapes::isProse)
                .toList();
        return paragraphs.isEmpty() ? null : String.join("\n", paragraphs);
    }

    private static LocalDate date(List<String> intro) {
        return intro.stream()
                .map(Dates::find)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    /** The publisher as the intro or the closing credits name it: 文章来自于“…”, 来源：…. */
    private static String source(List<String> intro, List<String> closing) {
        List<String> candidates = new ArrayList<>(intro);
        candidates.addAll(closing);
        for (String line : candidates) {
            Matcher quoted = QUOTED_SOURCE.matcher(line);
            if (quoted.find()) {
                return quoted.group(1).strip();
            }
            Matcher plain = SOURCE_LINE.matcher(line.strip());
            if (plain.find()) {
                return plain.group(1);
            }
        }
        return null;
    }
}
