package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interviewarchive.ingest.parse.MarkdownBlock.Heading;
import org.interviewarchive.ingest.parse.MarkdownBlock.Paragraph;
import org.interviewarchive.ingest.parse.MarkdownBlock.Rule;
import org.interviewarchive.ingest.parse.MarkdownBlock.Table;

/**
 * Markdown notes of a recorded interview: a metadata table, a table of contents, {@code ##} sections with
 * bullet summaries, viewpoint tables and blockquoted quotes, and a glossary. Blockquotes are the speaker's own
 * words; everything else is the note-taker's summary.
 */
public final class StructuredNotesParser implements TranscriptParser {

    private static final Pattern ITALIC_LINE = Pattern.compile("^([*_])(?![*_\\s]).*(?<![*_\\s])\\1$");
    private static final Pattern LABEL_LINE = Pattern.compile("^\\*\\*([^*]{1,40}?)[：:]?\\*\\*");
    private static final Pattern FILE_NAME = Pattern.compile("_.*_|\\.(?:md|txt|docx?|pdf)$", Pattern.CASE_INSENSITIVE);
    /** The most that markdown without the notes' tables and quotes scores. */
    private static final int WEAK = 10;

    @Override
    public Layout layout() {
        return Layout.STRUCTURED_NOTES;
    }

    /**
     * Sections, tables, quotes and lists together. Without a table or a blockquote, or with the same bold
     * label opening many lines ({@code **主持人：**}), it is a labelled transcript, not notes.
     */
    @Override
    public int recognise(TextDocument document) {
        int sections = 0;
        int subsections = 0;
        int tables = 0;
        int quotes = 0;
        int items = 0;
        Map<String, Integer> labels = new HashMap<>();
        for (String raw : document.lines()) {
            String line = raw.strip();
            Optional<MarkdownLines.Heading> heading = MarkdownLines.heading(line);
            Matcher quote = MarkdownReader.QUOTE.matcher(line);
            Matcher label = LABEL_LINE.matcher(line);
            if (heading.isPresent()) {
                sections += heading.get().level() == 2 ? 1 : 0;
                subsections += heading.get().level() > 2 ? 1 : 0;
            }
            tables += line.contains("|") && MarkdownLines.isTableSeparator(line, 3) ? 1 : 0;
            quotes += quote.matches() && !quote.group(1).isBlank() ? 1 : 0;
            items += MarkdownReader.LIST_ITEM.matcher(raw).matches() ? 1 : 0;
            if (label.find()) {
                labels.merge(label.group(1).strip(), 1, Integer::sum);
            }
        }
        int repeatedLabels = labels.values().stream().filter(count -> count >= 3).mapToInt(Integer::intValue).sum();
        int score = (sections >= 2 ? 25 : 0) + (tables > 0 ? 25 : 0) + (quotes > 0 ? 25 : 0)
                + (items >= 5 ? 15 : 0) + (subsections > 0 ? 10 : 0);
        boolean looksLikeNotes = (tables > 0 || quotes > 0) && repeatedLabels < 5;
        return looksLikeNotes ? score : Math.min(score, WEAK);
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        List<MarkdownBlock> blocks = MarkdownReader.read(body(document));
        MetadataTable table = blocks.stream()
                .flatMap(block -> block instanceof Table t ? MetadataTable.of(t).stream() : Stream.empty())
                .findFirst()
                .orElse(MetadataTable.NONE);
        Set<String> headingTitles = blocks.stream()
                .flatMap(block -> block instanceof Heading h && h.level() > 1 ? Stream.of(plain(h)) : Stream.empty())
                .collect(Collectors.toSet());
        NotesContent content = new NotesContent(table.guests().size() == 1 ? table.guests().getFirst() : null, headingTitles);

        List<Part> parts = parts(blocks);
        Part preamble = parts.getFirst();
        content.readSection(-1, preamble.blocks().stream().filter(block -> !(block instanceof Paragraph)).toList());
        List<Section> sections = new ArrayList<>();
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (Part part : parts.subList(1, parts.size())) {
            List<MarkdownBlock> body = part.blocks().stream().filter(block -> !(block instanceof Rule)).toList();
            if (body.size() == 1 && body.getFirst() instanceof Table t && GlossaryRows.isGlossary(t)
                    && !content.isAboutTheNotes(t)) {
                glossary.addAll(GlossaryRows.terms(t));
            } else if (!body.stream().allMatch(content::isAboutTheNotes)) {
                content.readSection(sections.size(), body);
                sections.add(Section.titled(plain(part.heading())));
            }
        }
        List<Passage> passages = content.passages();
        if (passages.isEmpty()) {
            throw new UnparseableTranscriptException(
                    document.fileName() + ": the notes have no quotes, bullets, tables or paragraphs under their headings");
        }
        TranscriptMetadata metadata = new TranscriptMetadata(title(preamble, table), table.programme(), table.url(),
                table.mediaUrl(), table.date(), introduction(preamble), table.durationSeconds());
        return new Transcript(Layout.STRUCTURED_NOTES, metadata, sections, participants(table, passages), passages, glossary);
    }

    /** The blocks under one {@code ##} heading; the heading is null for what comes before the first. */
    private record Part(Heading heading, List<MarkdownBlock> blocks) {
    }

    /** The text up to an end-of-article marker, without a closing italic note ({@code *文档生成时间：…*}). */
    private static List<String> body(TextDocument document) {
        List<String> lines = new ArrayList<>();
        for (String line : document.lines()) {
            if (Boilerplate.endsArticle(line)) {
                break;
            }
            lines.add(line);
        }
        while (!lines.isEmpty() && (lines.getLast().isBlank() || ITALIC_LINE.matcher(lines.getLast().strip()).matches())) {
            lines.removeLast();
        }
        return lines;
    }

    /** Splits at {@code ##} headings, and at {@code #} headings once the sections have begun. */
    private static List<Part> parts(List<MarkdownBlock> blocks) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(null, new ArrayList<>()));
        for (MarkdownBlock block : blocks) {
            boolean sectionsBegun = parts.size() > 1;
            if (block instanceof Heading heading && (heading.level() == 2 || heading.level() == 1 && sectionsBegun)) {
                parts.add(new Part(heading, new ArrayList<>()));
            } else {
                parts.getLast().blocks().add(block);
            }
        }
        return parts;
    }

    /** Prose before the first section is the note-taker's introduction. */
    private static String introduction(Part preamble) {
        List<String> paragraphs = preamble.blocks().stream()
                .filter(Paragraph.class::isInstance)
                .map(Paragraph.class::cast)
                .filter(paragraph -> !paragraph.isLabel())
                .map(paragraph -> MarkdownReader.plain(paragraph.text()))
                .toList();
        return paragraphs.isEmpty() ? null : String.join("\n", paragraphs);
    }

    /** The first {@code #} heading that is not a file name, else the metadata table's title. */
    private static String title(Part preamble, MetadataTable table) {
        List<String> titles = preamble.blocks().stream()
                .flatMap(block -> block instanceof Heading h && h.level() == 1 ? Stream.of(plain(h)) : Stream.empty())
                .toList();
        return titles.stream().filter(title -> !FILE_NAME.matcher(title).find()).findFirst()
                .orElse(table.title() != null || titles.isEmpty() ? table.title() : titles.getFirst());
    }

    /** Hosts, then guests, as the metadata names them, then anyone else a passage is attributed to. */
    private static List<Participant> participants(MetadataTable table, List<Passage> passages) {
        Map<String, Role> roles = new LinkedHashMap<>();
        table.hosts().forEach(host -> roles.putIfAbsent(host, Role.HOST));
        table.guests().forEach(guest -> roles.putIfAbsent(guest, Role.GUEST));
        passages.stream().map(Passage::speaker).filter(speaker -> speaker != null && !roles.containsKey(speaker))
                .forEach(speaker -> roles.put(speaker, null));
        return roles.entrySet().stream().map(entry -> new Participant(entry.getKey(), entry.getValue())).toList();
    }

    private static String plain(Heading heading) {
        return MarkdownReader.plain(heading.text());
    }
}
