package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Markdown articles (WeChat and the like) whose turns open with a bold label: {@code **Name：** text}.
 * Before the first turn stand the title, key-value metadata lines, promotion and the editor's introduction;
 * after the last turn come tags, link lists and the publisher's footer.
 *
 * <p>A bold label starts a turn when the same name labels more than one line, when it is a role word
 * ({@code 主持人}, {@code Q}) or when the registry knows the name: a bold lead-in that occurs once
 * ({@code **范式转变**：…}) is emphasis, not a speaker.
 */
public final class LabelledMarkdownParser implements TranscriptParser {

    /** This many turn labels make the layout certain; fewer make it proportionally likely. */
    private static final int CERTAIN_TURNS = 10;
    private static final String PARAGRAPH_BREAK = "\n\n";

    @Override
    public Layout layout() {
        return Layout.LABELLED_MARKDOWN;
    }

    @Override
    public int recognise(TextDocument document) {
        TreeMap<Integer, MarkdownText.Label> labels = labels(document.lines());
        if (labels.isEmpty()) {
            return 0;
        }
        int turns = turnLabels(labels, ParseContext.empty()).size();
        // Weighed by the share of labels that open turns: notes with one-off bold lead-ins score low however many.
        double likelihood = Math.min(1.0, (double) turns / CERTAIN_TURNS) * turns / labels.size();
        return (int) Math.round(100 * likelihood);
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        List<String> lines = document.lines();
        TreeMap<Integer, MarkdownText.Label> turnLabels = turnLabels(labels(lines), context);
        if (turnLabels.isEmpty()) {
            throw new UnparseableTranscriptException(document.fileName()
                    + ": no speaker labels such as **Name：** that recur, so there are no interview turns to read");
        }
        int first = turnLabels.firstKey();
        int articleEnd = articleEnd(lines, first);
        ArticleMetadata metadata = new ArticleMetadata();
        String title = title(lines, first);
        String summary = summary(lines, first, metadata);
        List<Section> sections = new ArrayList<>(headingsOpeningFirstTurn(lines, first, articleEnd));
        LabelledTurnReader reader = new LabelledTurnReader(lines, turnLabels, sections, metadata);
        int interviewEnd = reader.read(first, articleEnd, turnLabels.lowerKey(articleEnd));
        lines.subList(interviewEnd, lines.size()).forEach(metadata::accept);
        if (reader.passages().isEmpty()) {
            throw new UnparseableTranscriptException(document.fileName() + ": the speaker labels are followed by no text");
        }
        return new Transcript(
                Layout.LABELLED_MARKDOWN,
                new TranscriptMetadata(title, metadata.source(), metadata.sourceUrl(), metadata.mediaUrl(),
                        metadata.date(), summary, null),
                sections,
                SpeakerRoles.participants(reader.speakers()),
                reader.passages(),
                List.of());
    }

    /** Every line that opens with a bold label, by index. */
    private static TreeMap<Integer, MarkdownText.Label> labels(List<String> lines) {
        TreeMap<Integer, MarkdownText.Label> labels = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<MarkdownText.Label> label = MarkdownText.label(lines.get(i));
            if (label.isPresent()) {
                labels.put(i, label.get());
            }
        }
        return labels;
    }

    /** The labels that open turns: names that recur, role words, names the registry knows. */
    private static TreeMap<Integer, MarkdownText.Label> turnLabels(
            TreeMap<Integer, MarkdownText.Label> labels, ParseContext context) {
        Map<String, Long> counts = labels.values().stream()
                .collect(Collectors.groupingBy(MarkdownText.Label::name, Collectors.counting()));
        TreeMap<Integer, MarkdownText.Label> turnLabels = new TreeMap<>(labels);
        turnLabels.values().removeIf(label -> counts.get(label.name()) < 2
                && !SpeakerRoles.hasRoleWord(label.name())
                && !context.isKnownName(label.name()));
        return turnLabels;
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

    /** The first line, when it is a heading. */
    private static String title(List<String> lines, int first) {
        return lines.subList(0, first).stream()
                .filter(line -> !line.isBlank())
                .findFirst()
                .flatMap(MarkdownText::heading)
                .map(MarkdownText.Heading::title)
                .orElse(null);
    }

    /** The introduction's paragraphs, without headings, metadata lines, promotion and decoration. */
    private static String summary(List<String> lines, int first, ArticleMetadata metadata) {
        List<String> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (String line : lines.subList(0, first)) {
            boolean noProse = line.isBlank()
                    || MarkdownText.heading(line).isPresent()
                    || metadata.accept(line)
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
     */
    private static List<Section> headingsOpeningFirstTurn(List<String> lines, int first, int articleEnd) {
        int sectionLevel = lines.subList(first, articleEnd).stream()
                .map(MarkdownText::heading)
                .flatMap(Optional::stream)
                .mapToInt(MarkdownText.Heading::level)
                .min()
                .orElse(Integer.MAX_VALUE);
        List<Section> opening = new ArrayList<>();
        for (int i = first - 1; i >= 0; i--) {
            String line = lines.get(i);
            Optional<MarkdownText.Heading> heading = MarkdownText.heading(line);
            if (heading.isPresent() && heading.get().level() >= sectionLevel) {
                opening.addFirst(Section.titled(heading.get().title()));
            } else if (!line.isBlank()) {
                break;
            }
        }
        return opening;
    }
}
