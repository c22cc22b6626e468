package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter list in a transcript's introduction: lines of a time and a title ({@code 00:00 Intro},
 * {@code 12:30 - 训练数据}, {@code (1:02:03) Outro}, {@code Intro 00:00}). The chapters become sections, and a passage
 * with a time falls in the chapter its time points at.
 */
final class Chapters {

    private static final Pattern TIME_FIRST = Pattern.compile(
            "^[-*•\\s]*[\\[(（]?(" + LabelShapes.TIME + ")[\\])）]?\\s*[-–—:：|]?\\s+(\\S.{0,80})$");
    private static final Pattern TIME_LAST = Pattern.compile(
            "^[-*•\\s]*(\\S.{0,80}?)\\s*[-–—|]?\\s*[\\[(（]?(" + LabelShapes.TIME + ")[\\])）]?$");
    private static final int FEWEST = 2;

    private Chapters() {
    }

    /** A chapter list: its chapters, and the lines it takes. */
    record ChapterList(List<Section> chapters, Set<Integer> lines) {
    }

    /** The longest run of two or more chapter entries among the lines; else none. */
    static ChapterList in(List<String> lines) {
        List<Section> best = List.of();
        Set<Integer> bestLines = Set.of();
        List<Section> run = new ArrayList<>();
        Set<Integer> runLines = new HashSet<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "end";
            Section entry = i < lines.size() ? entry(line) : null;
            if (entry != null) {
                run.add(entry);
                runLines.add(i);
            } else if (!line.isBlank()) {
                if (run.size() > best.size()) {
                    best = List.copyOf(run);
                    bestLines = Set.copyOf(runLines);
                }
                run.clear();
                runLines.clear();
            }
        }
        return best.size() >= FEWEST ? new ChapterList(best, bestLines) : new ChapterList(List.of(), Set.of());
    }

    private static Section entry(String line) {
        String stripped = MarkdownText.plain(line.strip());
        Matcher first = TIME_FIRST.matcher(stripped);
        if (first.matches() && !first.group(2).strip().isEmpty()) {
            return new Section(first.group(2).strip(), Timestamps.seconds(first.group(1)));
        }
        Matcher last = TIME_LAST.matcher(stripped);
        if (last.matches() && Lines.hasLetters(last.group(1))) {
            return new Section(last.group(1).strip(), Timestamps.seconds(last.group(2)));
        }
        return null;
    }

    /**
     * The passages with the sections their times point at, when the sections are timed chapters and the passages
     * carry times; a passage without a time stays where the one before it is. Otherwise the passages as they are.
     */
    static List<Passage> byTime(List<Section> sections, List<Passage> passages) {
        boolean timedChapters = !sections.isEmpty() && sections.stream().allMatch(section -> section.startSeconds() != null);
        if (!timedChapters || passages.stream().noneMatch(passage -> passage.startSeconds() != null)) {
            return passages;
        }
        List<Passage> placed = new ArrayList<>(passages.size());
        int section = -1;
        for (Passage passage : passages) {
            if (passage.startSeconds() != null) {
                section = -1;
                for (int i = 0; i < sections.size() && sections.get(i).startSeconds() <= passage.startSeconds(); i++) {
                    section = i;
                }
            }
            placed.add(new Passage(passage.speaker(), passage.turn(), section, passage.kind(), passage.text(),
                    passage.lang(), passage.translation(), passage.translationLang(), passage.originalLang(),
                    passage.startSeconds(), passage.estimatedSeconds()));
        }
        return placed;
    }
}
