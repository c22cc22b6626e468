package org.interviewarchive.ingest.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter at the top of a markdown transcript (Jekyll, Hugo and the like): {@code ---}, {@code key: value}
 * lines, {@code ---}. Its title, date and links describe the interview; its lines are no one's words.
 *
 * @param lines    how many lines it takes at the top, the fences included; 0 when there is none
 * @param title    the {@code title}, or null
 * @param date     the {@code date}, or null
 * @param sourceUrl the page it was published on ({@code url}, {@code permalink}, {@code link}, {@code source}), or null
 * @param mediaUrl the recording ({@code audio}, {@code video}, {@code media}, {@code youtube}, {@code mp3}), or null
 */
record FrontMatter(int lines, String title, LocalDate date, String sourceUrl, String mediaUrl) {

    static final FrontMatter NONE = new FrontMatter(0, null, null, null, null);

    private static final Pattern FENCE = Pattern.compile("^(---|\\+\\+\\+)\\s*$");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]{0,30})\\s*[:=]\\s*(.*)$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** Front matter is short; a fence further down is a horizontal rule. */
    private static final int LONGEST = 200;

    static FrontMatter read(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() || !FENCE.matcher(lines.get(first).strip()).matches()) {
            return NONE;
        }
        String fence = lines.get(first).strip();
        String title = null;
        LocalDate date = null;
        String sourceUrl = null;
        String mediaUrl = null;
        for (int i = first + 1; i < lines.size() && i <= first + LONGEST; i++) {
            String line = lines.get(i).strip();
            if (line.equals(fence)) {
                return i == first + 1 ? NONE : new FrontMatter(i + 1, title, date, sourceUrl, mediaUrl);
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches() && !line.isEmpty() && !line.startsWith("-") && !line.startsWith("#")
                    && !Character.isWhitespace(lines.get(i).charAt(0))) {
                return NONE;
            }
            if (!field.matches()) {
                continue;
            }
            String key = field.group(1).toLowerCase(Locale.ROOT);
            String value = unquoted(field.group(2).strip());
            Matcher url = URL.matcher(value);
            switch (key) {
                case "title" -> title = value.isEmpty() ? title : value;
                case "date", "published", "pubdate", "publishdate" -> date = Dates.find(value).orElse(date);
                case "url", "permalink", "link", "source", "canonical", "canonical_url" ->
                        sourceUrl = url.find() ? url.group() : sourceUrl;
                case "audio", "video", "media", "youtube", "mp3", "enclosure", "audio_url", "video_url" ->
                        mediaUrl = url.find() ? url.group() : mediaUrl;
                default -> {
                }
            }
        }
        return NONE;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
