package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Transcripts whose turns open with a speaker's label at the start of a line, in any of the usual spellings:
 * {@code Name: text}, {@code **Name：**}, {@code **Name** [12:34] text}, {@code Name  0:00} alone (Otter),
 * {@code [00:12:34] Name: text}, {@code 【说话人1】}, {@code SPEAKER_00:}, {@code 问：}/{@code 答：}. Before the first
 * turn may stand front matter, a title, key-value metadata, promotion and the editor's introduction; after the last
 * come tags, link lists and the publisher's footer. Which lines are labels is found from how they recur
 * ({@link TurnLabels}); lines in two languages become quotes with their translation.
 */
public final class LabelledTurnsParser implements TranscriptParser {

    private static final String PARAGRAPH_BREAK = "\n\n";
    /** A title line is short; a long first line is the introduction. */
    private static final int LONGEST_TITLE = 120;

    @Override
    public Layout layout() {
        return Layout.LABELLED_TURNS;
    }

    @Override
    public int recognise(TextDocument document) {
        List<String> lines = document.lines();
        FrontMatter front = FrontMatter.read(lines);
        return TurnLabels.find(lines.subList(front.lines(), lines.size()), ParseContext.empty()).score();
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        FrontMatter front = FrontMatter.read(document.lines());
        TurnLabels turnLabels = TurnLabels.find(document.lines().subList(front.lines(), document.lines().size()),
                context);
        if (turnLabels.isEmpty()) {
            throw new UnparseableTranscriptException(document.fileName()
                    + ": no speaker labels such as \"Name:\" that recur, so there are no interview turns to read");
        }
        List<String> lines = turnLabels.lines();
        TreeMap<Integer, TurnLabels.Label> labels = turnLabels.labels();
        int first = labels.firstKey();
        int articleEnd = articleEnd(lines, first);
        ArticleMetadata metadata = new ArticleMetadata();
        Chapters.ChapterList chapters = Chapters.in(lines.subList(0, first));
        String titleLine = title(lines, first, chapters);
        String summary = summary(lines, first, metadata, turnLabels, titleLine, chapters);
        String title = front.title() != null ? front.title() : metadata.title() != null ? metadata.title() : titleLine;
        List<Section> sections = new ArrayList<>(chapters.chapters());
        sections.addAll(headingsOpeningFirstTurn(lines, first, articleEnd, titleLine));
        LabelledTurnReader reader = new LabelledTurnReader(lines, labels, sections, metadata,
                Bilingual.mode(lines.subList(first, articleEnd)));
        Integer lastTurnLine = labels.lowerKey(articleEnd);
        int interviewEnd = reader.read(first, articleEnd, lastTurnLine == null ? first : lastTurnLine);
        lines.subList(interviewEnd, lines.size()).forEach(metadata::accept);
        if (reader.passages().isEmpty()) {
            throw new UnparseableTranscriptException(document.fileName() + ": the speaker labels are followed by no text");
        }
        List<Passage> passages = Chapters.byTime(sections,
                SpokenLanguage.decide(reader.passages(), reader.speakers(), turnLabels.cast().values()));
        return new Transcript(
                Layout.LABELLED_TURNS,
                new TranscriptMetadata(title, metadata.source(),
                        front.sourceUrl() != null ? front.sourceUrl() : metadata.sourceUrl(),
                        front.mediaUrl() != null ? front.mediaUrl() : metadata.mediaUrl(),
                        front.date() != null ? front.date() : metadata.date(), summary, null),
                sections,
                SpeakerRoles.participants(reader.speakersWithWords()),
                passages,
                List.of());
    }

    /** The first line after the first turn from which on nothing is the article's own text. */
    private static int articleEnd(List<String> lines, int first) {
        for (int i = first + 1; i < lines.size(); i++) {
            if (Boilerplate.endsArticle(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    /** The first line before the first turn, when it is a heading, or a short line that is no metadata. */
    private static String title(List<String> lines, int first, Chapters.ChapterList chapters) {
        int index = 0;
        while (index < first && lines.get(index).isBlank()) {
            index++;
        }
        if (index >= first) {
            return null;
        }
        String line = lines.get(index).strip();
        Optional<MarkdownText.Heading> heading = MarkdownText.heading(line);
        if (heading.isPresent()) {
            return heading.get().title();
        }
        boolean titleShaped = Lines.length(line) <= LONGEST_TITLE && !MarkdownText.isDecoration(line)
                && !chapters.lines().contains(index) && !new ArticleMetadata().accept(line) && !Lines.endsSentence(line);
        return titleShaped ? MarkdownText.plain(line) : null;
    }

    /** The introduction's paragraphs, without headings, metadata lines, the cast list, promotion and decoration. */
    private static String summary(List<String> lines, int first, ArticleMetadata metadata, TurnLabels labels,
            String title, Chapters.ChapterList chapters) {
        List<String> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            String line = lines.get(i);
            boolean noProse = line.isBlank()
                    || metadata.accept(line)
                    || MarkdownText.heading(line).isPresent()
                    || labels.isCastLine(i)
                    || line.strip().equals(title)
                    || chapters.lines().contains(i)
                    || MarkdownText.isDecoration(line)
                    || Boilerplate.isPromotion(line)
                    || Boilerplate.isPageArtifact(line);
            if (noProse) {
                addParagraph(paragraphs, paragraph);
            } else {
                paragraph.add(line);
            }
        }
        addParagraph(paragraphs, paragraph);
        return paragraphs.isEmpty() ? null : String.join(PARAGRAPH_BREAK, paragraphs);
    }

    private static void addParagraph(List<String> paragraphs, List<String> paragraph) {
        String text = MarkdownText.plain(Lines.join(paragraph));
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.clear();
    }

    /**
     * Headings right before the first turn that are at the level the interview's own headings use:
     * {@code ## 一、…} opens the first section, while {@code # 采访文稿} above {@code ##} sections names the whole.
     * Without markdown headings in the interview, a heading right before the first turn opens a section unless it
     * is the title.
     */
    private static List<Section> headingsOpeningFirstTurn(List<String> lines, int first, int articleEnd, String title) {
        int sectionLevel = lines.subList(first, articleEnd).stream()
                .map(MarkdownText::heading)
                .flatMap(Optional::stream)
                .mapToInt(MarkdownText.Heading::level)
                .min()
                .orElse(0);
        List<Section> opening = new ArrayList<>();
        for (int i = first - 1; i >= 0; i--) {
            String line = lines.get(i);
            Optional<MarkdownText.Heading> heading = MarkdownText.heading(line);
            if (heading.isPresent() && heading.get().level() >= sectionLevel && !heading.get().title().equals(title)) {
                opening.addFirst(Section.titled(heading.get().title()));
            } else if (!line.isBlank()) {
                break;
            }
        }
        return opening;
    }
}
