package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript kept as a markdown table, a row a line of dialogue: {@code | Role | Time | 英文句子 | 中文翻译 |}.
 * The speaker column is the one its header names (Role, Speaker, 角色, 说话人…) or whose short values recur; a time
 * column gives each line's start; one text column is the text, a second in another language its translation (the
 * column a header calls the translation is never the original). Consecutive rows of one speaker form a turn.
 */
public final class TableTranscriptParser implements TranscriptParser {

    private static final Pattern SPEAKER_HEADER = Pattern.compile(
            "(?i)^(role|speaker|name|who|character|person|角色|说话人|发言人|人物|讲者|姓名)$");
    private static final Pattern TIME_HEADER = Pattern.compile("(?i)^(time|timestamp|start|时间|时刻|时间码)$");
    private static final Pattern INDEX_HEADER = Pattern.compile("(?i)^(#|no\\.?|num|number|序号|编号|行)$");
    private static final Pattern TRANSLATION_HEADER = Pattern.compile("(?i)(翻译|译文|translation|translated)");
    private static final Pattern TIME = Pattern.compile("^\\[?(" + LabelShapes.TIME + ")]?$");
    private static final int FEWEST_ROWS = 3;
    /** Rows of one turn join into a passage until its text has this many characters. */
    private static final int READABLE = 200;

    @Override
    public Layout layout() {
        return Layout.TABLE;
    }

    /** Sure when a table of three rows or more has two speakers or more taking turns; a table of one person's views is not a dialogue. */
    @Override
    public int recognise(TextDocument document) {
        return table(document.lines())
                .filter(table -> table.rows().size() >= FEWEST_ROWS
                        && table.rows().stream().map(Row::speaker).distinct().count() >= 2)
                .map(table -> 90).orElse(0);
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        Table table = table(document.lines()).filter(found -> !found.rows().isEmpty())
                .orElseThrow(() -> new UnparseableTranscriptException(document.fileName()
                        + ": no table with a speaker column and a text column"));
        List<Passage> passages = new ArrayList<>();
        Set<String> speakers = new LinkedHashSet<>();
        int turn = 0;
        String speaker = null;
        List<Row> pending = new ArrayList<>();
        for (Row row : table.rows()) {
            if (turn == 0 || !Objects.equals(speaker, row.speaker())) {
                flush(pending, passages, speaker, turn, table.originalIsSecond());
                turn++;
                speaker = row.speaker();
                speakers.add(speaker);
            }
            pending.add(row);
            if (Lines.length(Lines.join(pending.stream().map(Row::text).toList())) >= READABLE) {
                flush(pending, passages, speaker, turn, table.originalIsSecond());
            }
        }
        flush(pending, passages, speaker, turn, table.originalIsSecond());
        String title = document.lines().subList(0, table.start()).stream().map(MarkdownText::heading)
                .flatMap(Optional::stream).map(MarkdownText.Heading::title).findFirst().orElse(null);
        return new Transcript(Layout.TABLE, new TranscriptMetadata(title, null, null, null, null, null, null),
                List.of(), speakers.stream().map(name -> new Participant(name, null)).toList(),
                SpokenLanguage.decide(passages, List.copyOf(speakers), List.of()), List.of());
    }

    private record Row(String speaker, Integer seconds, String text, String translation) {
    }

    /**
     * @param start            the line of the header row
     * @param originalIsSecond whether the second text column, not the first, holds what was said
     */
    private record Table(int start, List<Row> rows, boolean originalIsSecond) {
    }

    private static void flush(List<Row> rows, List<Passage> passages, String speaker, int turn, boolean secondIsOriginal) {
        if (rows.isEmpty()) {
            return;
        }
        String text = LabelledTurnReader.clean(Lines.join(rows.stream().map(Row::text).toList()));
        List<String> translations = rows.stream().map(Row::translation).filter(Objects::nonNull).toList();
        String translation = translations.isEmpty() ? null : LabelledTurnReader.clean(Lines.join(translations));
        Integer seconds = rows.getFirst().seconds();
        rows.clear();
        if (text.isEmpty()) {
            return;
        }
        Passage passage = translation == null || translation.isEmpty()
                ? Passage.of(speaker, turn, -1, QuoteKind.DIRECT, text)
                : new Passage(speaker, turn, -1, QuoteKind.DIRECT, text, Languages.detect(text), translation,
                        Languages.detect(translation));
        if (secondIsOriginal && passage.translation() != null) {
            passage = passage.spokenIn(passage.translationLang());
        }
        passages.add(passage.at(seconds));
    }

    /** The first markdown table with a speaker column and a text column, read row by row. */
    private static Optional<Table> table(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("|") && MarkdownLines.isTableSeparator(lines.get(i + 1), 2)) {
                Optional<Table> table = read(lines, i);
                if (table.isPresent()) {
                    return table;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Table> read(List<String> lines, int headerLine) {
        List<String> header = cells(lines.get(headerLine));
        List<List<String>> rows = new ArrayList<>();
        for (int i = headerLine + 2; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.size() == header.size()) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int speaker = -1;
        int time = -1;
        List<Integer> texts = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            String name = MarkdownText.plain(header.get(column)).strip();
            if (speaker < 0 && SPEAKER_HEADER.matcher(name).matches()) {
                speaker = column;
            } else if (time < 0 && (TIME_HEADER.matcher(name).matches() || allTimes(rows, column))) {
                time = column;
            } else if (!INDEX_HEADER.matcher(name).matches() && !allNumbers(rows, column)) {
                texts.add(column);
            }
        }
        if (speaker < 0 && !texts.isEmpty()) {
            speaker = recurringShortColumn(rows, texts);
            texts.remove(Integer.valueOf(speaker));
        }
        if (speaker < 0 || texts.isEmpty()) {
            return Optional.empty();
        }
        int text = texts.getFirst();
        int second = texts.size() > 1 ? texts.get(1) : -1;
        List<Row> read = new ArrayList<>();
        for (List<String> cells : rows) {
            String who = MarkdownText.plain(cells.get(speaker)).strip();
            String said = cells.get(text).strip();
            if (who.isEmpty() || said.isEmpty()) {
                continue;
            }
            Integer seconds = null;
            if (time >= 0) {
                Matcher clock = TIME.matcher(cells.get(time).strip());
                seconds = clock.matches() ? Timestamps.seconds(clock.group(1)) : null;
            }
            String other = second >= 0 && !cells.get(second).isBlank() ? cells.get(second).strip() : null;
            read.add(new Row(who, seconds, said, other));
        }
        boolean secondIsOriginal = second >= 0 && TRANSLATION_HEADER.matcher(header.get(text)).find()
                && !TRANSLATION_HEADER.matcher(header.get(second)).find();
        return Optional.of(new Table(headerLine, read, secondIsOriginal));
    }

    private static List<String> cells(String row) {
        String stripped = row.strip();
        if (stripped.startsWith("|")) {
            stripped = stripped.substring(1);
        }
        if (stripped.endsWith("|")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : stripped.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }

    private static boolean allTimes(List<List<String>> rows, int column) {
        return rows.stream().allMatch(cells -> TIME.matcher(cells.get(column).strip()).matches());
    }

    private static boolean allNumbers(List<List<String>> rows, int column) {
        return rows.stream().allMatch(cells -> cells.get(column).strip().matches("\\d{1,6}"));
    }

    /** The column of short values that repeat, as names do; -1 when none looks like one. */
    private static int recurringShortColumn(List<List<String>> rows, List<Integer> columns) {
        for (int column : columns) {
            Set<String> distinct = new LinkedHashSet<>();
            boolean shortValues = true;
            for (List<String> cells : rows) {
                String value = cells.get(column).strip();
                distinct.add(value.toLowerCase(Locale.ROOT));
                shortValues &= Lines.length(value) <= 30 && LabelNames.isPlausible(value);
            }
            if (shortValues && distinct.size() * 2 <= rows.size()) {
                return column;
            }
        }
        return -1;
    }
}
