package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a subtitle page says before its first speaker label: a cover line {@code Programme - Title 封面}, the
 * title in each language, an introduction with the media link and a chapter list, and notes about the page.
 *
 * @param title           the longest line after the cover line that the cover line repeats, else the cover's title part
 * @param source          the programme, before {@code " - "} on the cover line
 * @param mediaUrl        the first link
 * @param summary         the introduction without its links and chapter list
 * @param chapters        {@code 0:00 - 开场} entries, in order
 * @param durationSeconds a stated programme length ({@code 时长: 49:30}), or null
 */
record SubtitleHeader(
        String title, String source, String mediaUrl, String summary, List<Section> chapters, Integer durationSeconds) {

    private static final String COVER_SEPARATOR = " - ";
    private static final Pattern CHAPTER = Pattern.compile(Durations.CLOCK.pattern() + "\\s+[-–—]\\s+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s，。、）)>\\]]+");
    private static final Pattern LABELLED_URL = Pattern.compile("[^\\s。！？!?]*[:：]?\\s*https?://[^\\s，。、）)>\\]]+");
    private static final Pattern TRAILING_LABEL = Pattern.compile("[^\\s。！？!?.,，]*[:：]\\s*$");
    private static final Pattern STATED_LENGTH = Pattern.compile(
            "(?:总?时长|节目时长|duration|length)\\s*[:：]?\\s*(.{1,20})", Pattern.CASE_INSENSITIVE);

    SubtitleHeader {
        chapters = List.copyOf(chapters);
    }

    static SubtitleHeader read(List<String> lines) {
        if (lines.isEmpty()) {
            return new SubtitleHeader(null, null, null, null, List.of(), null);
        }
        String cover = lines.getFirst();
        int separator = cover.indexOf(COVER_SEPARATOR);
        String source = separator > 0 ? cover.substring(0, separator).strip() : null;
        String title = lines.stream().skip(1)
                .filter(cover::contains)
                .max(Comparator.comparingInt(Lines::length))
                .orElse(separator > 0 ? cover.substring(separator + COVER_SEPARATOR.length()).strip() : cover);
        List<String> rest = lines.stream().skip(1).filter(line -> !line.equals(title)).toList();
        return new SubtitleHeader(title, source, firstUrl(lines), summary(rest), chapters(lines), statedLength(lines));
    }

    private static String firstUrl(List<String> lines) {
        for (String line : lines) {
            Matcher url = URL.matcher(line);
            if (url.find()) {
                return url.group();
            }
        }
        return null;
    }

    private static List<Section> chapters(List<String> lines) {
        List<Section> chapters = new ArrayList<>();
        for (String line : lines) {
            List<MatchResult> found = CHAPTER.matcher(line).results().toList();
            for (int i = 0; i < found.size(); i++) {
                int end = i + 1 < found.size() ? found.get(i + 1).start() : line.length();
                String chapterTitle = line.substring(found.get(i).end(), end).strip();
                if (!chapterTitle.isEmpty()) {
                    chapters.add(new Section(chapterTitle, Durations.clockSeconds(found.get(i).group(1))));
                }
            }
        }
        return chapters;
    }

    /** The longest paragraph is the introduction; its chapter list and links are not part of the summary. */
    private static String summary(List<String> lines) {
        String intro = lines.stream().max(Comparator.comparingInt(Lines::length)).orElse("");
        Matcher chapter = CHAPTER.matcher(intro);
        if (chapter.find()) {
            intro = TRAILING_LABEL.matcher(intro.substring(0, chapter.start())).replaceFirst("");
        }
        String summary = LABELLED_URL.matcher(intro).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return summary.isEmpty() ? null : summary;
    }

    private static Integer statedLength(List<String> lines) {
        for (String line : lines) {
            Matcher stated = STATED_LENGTH.matcher(line);
            if (stated.find()) {
                var seconds = Durations.find(stated.group(1));
                if (seconds.isPresent()) {
                    return seconds.get();
                }
            }
        }
        return null;
    }
}
