package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.interviewarchive.ingest.parse.MarkdownBlock.Heading;
import org.interviewarchive.ingest.parse.MarkdownBlock.ListBlock;
import org.interviewarchive.ingest.parse.MarkdownBlock.ListItem;
import org.interviewarchive.ingest.parse.MarkdownBlock.Paragraph;
import org.interviewarchive.ingest.parse.MarkdownBlock.Quote;
import org.interviewarchive.ingest.parse.MarkdownBlock.Rule;
import org.interviewarchive.ingest.parse.MarkdownBlock.Table;

/**
 * What the blocks of structured notes say: blockquotes are quotes, lists, paragraphs and table rows are
 * summaries; metadata tables, link lists and bold labels are about the notes and say nothing.
 */
final class NotesContent {

    /** A table column that names who holds each row's view. */
    /** A list item that is a short key and what it says about it: {@code 预训练团队：负责模型和数据}. */
    private static final Pattern KEYED_ITEM = Pattern.compile("^([^：:，。,]{1,12})[：:].+$");
    private static final int BARE_KEY = 12;
    private static final Pattern PERSON_COLUMN = Pattern.compile(
            "提出者|发言人|发言者|说话人|讲者|讲述者|人物|嘉宾|受访者|\\b(?:speaker|person|who|said by)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_QUOTE = Pattern.compile("^([^“”\"「」『』：:。，,]{1,40}?)\\s*[：:]\\s*([“\"「『].*)$");
    private static final Pattern ATTRIBUTED_QUOTE =
            Pattern.compile("^([“\"「『].*[”\"」』])\\s*(?:——|—|--|-)\\s*([^—\\-]{1,40})$");
    private static final Pattern QUOTED = Pattern.compile("^[“\"「『](.+)[”\"」』][。.]?$");
    private static final Pattern LINK_ONLY = Pattern.compile("^\\[[^]]+]\\([^)]*\\)$");
    private static final String CELL_SEPARATOR = " — ";

    private final String soleGuest;
    private final Set<String> headingTitles;
    private final NotesPassages passages = new NotesPassages();

    /**
     * @param soleGuest     who an unnamed quote is by: the guest, when the notes name exactly one, else null
     * @param headingTitles the document's headings, which a table of contents lists
     */
    NotesContent(String soleGuest, Set<String> headingTitles) {
        this.soleGuest = soleGuest;
        this.headingTitles = Set.copyOf(headingTitles);
    }

    /** Whether the block is about the notes (metadata, a table of contents, a label) rather than their content. */
    boolean isAboutTheNotes(MarkdownBlock block) {
        return switch (block) {
            case Table table -> MetadataTable.of(table).isPresent();
            case ListBlock list -> list.leadIn() == null && list.items().stream().allMatch(item ->
                    LINK_ONLY.matcher(item.text()).matches() || headingTitles.contains(MarkdownReader.plain(item.text())));
            case Paragraph paragraph -> paragraph.isLabel();
            case Rule rule -> true;
            default -> false;
        };
    }

    /** Reads the blocks of one section, which has the given index in the sections (-1 before the first). */
    void readSection(int section, List<MarkdownBlock> blocks) {
        passages.enterSection(section);
        for (MarkdownBlock block : blocks) {
            if (isAboutTheNotes(block)) {
                continue;
            }
            switch (block) {
                case Heading heading -> passages.enterSubsection();
                case Paragraph paragraph -> passages.summary(null, MarkdownReader.plain(paragraph.text()));
                case Quote quote -> quote(quote);
                case ListBlock list -> listTexts(list).forEach(text -> passages.summary(null, text));
                case Table table -> tableRows(table);
                case Rule rule -> {
                }
            }
        }
    }

    List<Passage> passages() {
        return passages.passages();
    }

    /** {@code > Name：“…”} and {@code > “…”——Name} name their speaker; other quotes are the sole guest's. */
    private void quote(Quote quote) {
        String text = MarkdownReader.plain(quote.text());
        String speaker = soleGuest;
        Matcher named = NAMED_QUOTE.matcher(text);
        Matcher attributed = ATTRIBUTED_QUOTE.matcher(text);
        if (named.matches()) {
            speaker = named.group(1).strip();
            text = named.group(2);
        } else if (attributed.matches()) {
            speaker = attributed.group(2).strip();
            text = attributed.group(1);
        }
        Matcher quoted = QUOTED.matcher(text.strip());
        passages.quote(speaker, quoted.matches() ? quoted.group(1).strip() : text.strip());
    }

    /**
     * An item with its sub-items is one passage; a list with a lead-in line is one passage with it. In a list of keys
     * and values, a key standing alone is not a passage.
     */
    private static List<String> listTexts(ListBlock list) {
        List<List<String>> groups = new ArrayList<>();
        if (list.leadIn() != null) {
            groups.add(new ArrayList<>(List.of(MarkdownReader.plain(list.leadIn()))));
        }
        int base = list.items().stream().mapToInt(ListItem::indent).min().orElse(0);
        for (ListItem item : list.items()) {
            if (groups.isEmpty() || list.leadIn() == null && item.indent() <= base) {
                groups.add(new ArrayList<>());
            }
            groups.getLast().add(MarkdownReader.plain(item.text()));
        }
        Set<String> keyEndings = new HashSet<>();
        for (List<String> group : groups) {
            Matcher keyed = KEYED_ITEM.matcher(group.getFirst());
            if (group.size() == 1 && keyed.matches() && keyed.group(1).length() >= 2) {
                keyEndings.add(keyed.group(1).substring(keyed.group(1).length() - 2));
            }
        }
        return groups.stream()
                .filter(group -> !(group.size() == 1 && isBareKey(group.getFirst(), keyEndings)))
                .map(group -> String.join("\n", group)).toList();
    }

    /**
     * In a list of things and what they are ({@code 预训练团队：负责模型和数据}), an item that only names another such
     * thing ({@code 后训练团队}: short, unpunctuated, ending like the keys) says nothing about it: no one's summary.
     */
    private static boolean isBareKey(String item, Set<String> keyEndings) {
        return Lines.length(item) <= BARE_KEY && item.length() >= 2 && !Lines.hasPunctuation(item)
                && keyEndings.contains(item.substring(item.length() - 2));
    }

    /** Each row is a summary of its cells; a column naming a person makes that person the row's speaker. */
    private void tableRows(Table table) {
        int person = IntStream.range(0, table.columns())
                .filter(column -> PERSON_COLUMN.matcher(MarkdownReader.plain(table.header().get(column))).find())
                .findFirst()
                .orElse(-1);
        for (List<String> row : table.rows()) {
            String speaker = person >= 0 && person < row.size() ? MarkdownReader.plain(row.get(person)) : "";
            String text = IntStream.range(0, row.size())
                    .filter(column -> column != person)
                    .mapToObj(column -> MarkdownReader.plain(row.get(column)))
                    .filter(cell -> !cell.isEmpty())
                    .collect(Collectors.joining(CELL_SEPARATOR));
            passages.summary(speaker.isEmpty() ? null : speaker, text);
        }
    }
}
