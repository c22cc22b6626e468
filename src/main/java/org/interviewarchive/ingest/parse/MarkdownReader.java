package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interviewarchive.ingest.parse.MarkdownBlock.Heading;
import org.interviewarchive.ingest.parse.MarkdownBlock.ListBlock;
import org.interviewarchive.ingest.parse.MarkdownBlock.ListItem;
import org.interviewarchive.ingest.parse.MarkdownBlock.Paragraph;
import org.interviewarchive.ingest.parse.MarkdownBlock.Quote;
import org.interviewarchive.ingest.parse.MarkdownBlock.Rule;
import org.interviewarchive.ingest.parse.MarkdownBlock.Table;

/** Reads the block structure of markdown notes: headings, rules, tables, blockquotes, lists, paragraphs. */
final class MarkdownReader {

    static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(?:[-*+•]|\\d{1,3}[.)、])\\s+(.*)$");
    static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final int TAB_WIDTH = 4;

    private MarkdownReader() {
    }

    static List<MarkdownBlock> read(List<String> lines) {
        List<MarkdownBlock> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.isBlank() && !startsStructure(lines, i)) {
                paragraph.add(line);
                i++;
                continue;
            }
            addParagraph(blocks, paragraph);
            i = line.isBlank() ? i + 1 : readStructure(lines, i, blocks);
        }
        addParagraph(blocks, paragraph);
        return attachLeadIns(blocks);
    }

    /** The text without markup a reader does not see: emphasis markers, link targets, images. */
    static String plain(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        return EMPHASIS.matcher(text).replaceAll("").strip();
    }

    private static boolean startsStructure(List<String> lines, int i) {
        String line = lines.get(i);
        return MarkdownLines.heading(line).isPresent() || MarkdownLines.isRule(line)
                || QUOTE.matcher(line).matches() || isTableStart(lines, i) || LIST_ITEM.matcher(line).matches();
    }

    /** Reads the heading, rule, quotes, table or list that starts at line i; returns the line after it. */
    private static int readStructure(List<String> lines, int i, List<MarkdownBlock> blocks) {
        String line = lines.get(i);
        Optional<MarkdownLines.Heading> heading = MarkdownLines.heading(line);
        if (heading.isPresent()) {
            blocks.add(new Heading(heading.get().level(), heading.get().text()));
            return i + 1;
        }
        if (MarkdownLines.isRule(line)) {
            blocks.add(new Rule());
            return i + 1;
        }
        if (QUOTE.matcher(line).matches()) {
            return readQuotes(lines, i, blocks);
        }
        return isTableStart(lines, i) ? readTable(lines, i, blocks) : readList(lines, i, blocks);
    }

    private static void addParagraph(List<MarkdownBlock> blocks, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(Lines.join(paragraph)));
            paragraph.clear();
        }
    }

    private static int readQuotes(List<String> lines, int start, List<MarkdownBlock> blocks) {
        List<String> quote = new ArrayList<>();
        int i = start;
        for (; i < lines.size(); i++) {
            Matcher line = QUOTE.matcher(lines.get(i));
            if (!line.matches()) {
                break;
            }
            if (line.group(1).isBlank()) {
                addQuote(blocks, quote);
            } else {
                quote.add(line.group(1));
            }
        }
        addQuote(blocks, quote);
        return i;
    }

    private static void addQuote(List<MarkdownBlock> blocks, List<String> quote) {
        if (!quote.isEmpty()) {
            blocks.add(new Quote(Lines.join(quote)));
            quote.clear();
        }
    }

    private static boolean isTableStart(List<String> lines, int i) {
        return lines.get(i).strip().startsWith("|") && i + 1 < lines.size()
                && MarkdownLines.isTableSeparator(lines.get(i + 1), 3);
    }

    private static int readTable(List<String> lines, int start, List<MarkdownBlock> blocks) {
        List<String> header = cells(lines.get(start));
        List<List<String>> rows = new ArrayList<>();
        int i = start + 2;
        for (; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
            rows.add(cells(lines.get(i)));
        }
        blocks.add(new Table(header, rows));
        return i;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        return Arrays.stream(CELL_SEPARATOR.split(inner, -1)).map(String::strip).toList();
    }

    /** Items, and indented lines that continue the item above them, up to a blank line or other text. */
    private static int readList(List<String> lines, int start, List<MarkdownBlock> blocks) {
        List<ListItem> items = new ArrayList<>();
        int i = start;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String line = lines.get(i);
            Matcher item = LIST_ITEM.matcher(line);
            if (MarkdownLines.isRule(line) || QUOTE.matcher(line).matches()) {
                break;
            } else if (item.matches()) {
                items.add(new ListItem(indent(item.group(1)), item.group(2).strip()));
            } else if (indent(line) > 0) {
                ListItem last = items.removeLast();
                items.add(new ListItem(last.indent(), Lines.join(List.of(last.text(), line))));
            } else {
                break;
            }
        }
        blocks.add(new ListBlock(null, items));
        return i;
    }

    private static int indent(String line) {
        int width = 0;
        for (int i = 0; i < line.length() && Character.isWhitespace(line.charAt(i)); i++) {
            width += line.charAt(i) == '\t' ? TAB_WIDTH : 1;
        }
        return width;
    }

    /** A label or a line ending in a colon, directly before a list, introduces that list. */
    private static List<MarkdownBlock> attachLeadIns(List<MarkdownBlock> blocks) {
        List<MarkdownBlock> attached = new ArrayList<>();
        for (MarkdownBlock block : blocks) {
            if (block instanceof ListBlock list && list.leadIn() == null && !attached.isEmpty()
                    && attached.getLast() instanceof Paragraph paragraph && paragraph.introducesList()) {
                attached.set(attached.size() - 1, new ListBlock(paragraph.text(), list.items()));
            } else {
                attached.add(block);
            }
        }
        return attached;
    }
}
