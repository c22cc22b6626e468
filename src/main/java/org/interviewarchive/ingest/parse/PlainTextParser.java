package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Readable text in which no speakers can be found: it is kept as unattributed paragraphs under its headings, with the
 * title and dates its front matter or first line give, rather than refused. Chosen only when no other layout fits.
 */
public final class PlainTextParser implements TranscriptParser {

    private static final int LONGEST_TITLE = 120;

    @Override
    public Layout layout() {
        return Layout.PLAIN_TEXT;
    }

    /** Any text could be plain text; the layouts that find structure in it come first. */
    @Override
    public int recognise(TextDocument document) {
        return 1;
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        FrontMatter front = FrontMatter.read(document.lines());
        List<String> lines = document.lines().subList(front.lines(), document.lines().size());
        String title = front.title();
        int from = 0;
        if (title == null) {
            Optional<Integer> first = firstNonBlank(lines);
            if (first.isPresent() && isTitle(lines, first.get())) {
                String line = lines.get(first.get()).strip();
                title = MarkdownText.heading(line).map(MarkdownText.Heading::title).orElse(MarkdownText.plain(line));
                from = first.get() + 1;
            }
        }
        List<Section> sections = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String raw : lines.subList(from, lines.size())) {
            String line = raw.strip();
            Optional<MarkdownText.Heading> heading = MarkdownText.heading(line);
            if (line.isEmpty() || heading.isPresent() || MarkdownText.isDecoration(line)
                    || Boilerplate.isPageArtifact(line)) {
                add(block, sections, passages);
                heading.ifPresent(opened -> sections.add(Section.titled(opened.title())));
            } else if (Boilerplate.endsArticle(line) && !passages.isEmpty()) {
                break;
            } else {
                block.add(line);
            }
        }
        add(block, sections, passages);
        String all = String.join(" ", passages.stream().map(Passage::text).toList());
        long letters = all.codePoints().filter(Character::isLetter).count();
        long digits = all.codePoints().filter(Character::isDigit).count();
        if (letters == 0 || letters < digits) {
            throw new UnparseableTranscriptException(document.fileName()
                    + ": it has no words to read, only numbers and signs");
        }
        return new Transcript(Layout.PLAIN_TEXT,
                new TranscriptMetadata(title, null, front.sourceUrl(), front.mediaUrl(), front.date(), null, null),
                sections, List.of(), passages, List.of());
    }

    private static void add(List<String> block, List<Section> sections, List<Passage> passages) {
        if (block.isEmpty()) {
            return;
        }
        for (List<String> paragraph : Paragraphs.readable(block)) {
            String text = LabelledTurnReader.clean(Lines.join(paragraph));
            if (!text.isEmpty()) {
                passages.add(Passage.of(null, 1, sections.size() - 1, QuoteKind.DIRECT, text));
            }
        }
        block.clear();
    }

    private static Optional<Integer> firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** A heading, or a short first line standing alone without final punctuation. */
    private static boolean isTitle(List<String> lines, int index) {
        String line = lines.get(index).strip();
        boolean alone = index + 1 >= lines.size() || lines.get(index + 1).isBlank();
        return MarkdownText.heading(line).isPresent()
                || alone && Lines.length(line) <= LONGEST_TITLE && !Lines.endsSentence(line);
    }
}
