package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Podcast subtitles copied from a bilingual player page: a header with the programme, titles, an introduction
 * and a chapter list, then blocks of a {@code Speaker N} line, a Chinese line and its English original.
 * Consecutive blocks of one speaker form a turn; the chapters become the sections, and each passage falls in
 * the chapter its estimated time points at.
 */
public final class BilingualSubtitlesParser implements TranscriptParser {

    private static final Pattern SPEAKER_LABEL =
            Pattern.compile("(?:speaker|说话人|发言人)[\\s_]*(?:\\d{1,3}|[a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CJK_PUNCTUATION = Pattern.compile("[\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** A turn longer than this, in characters of its main text, is split into several passages. */
    private static final int PASSAGE_LENGTH = 300;
    private static final int WORDS_PER_MINUTE = 150;
    private static final int CHINESE_CHARACTERS_PER_MINUTE = 250;

    @Override
    public Layout layout() {
        return Layout.BILINGUAL_SUBTITLES;
    }

    /** The share of lines that are a speaker label followed by text: a third in a two-line-block page. */
    @Override
    public int recognise(TextDocument document) {
        List<String> lines = document.nonBlankLines();
        int labelled = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isLabel(lines.get(i)) && !isLabel(lines.get(i + 1))) {
                labelled++;
            }
        }
        if (labelled < 3) {
            return 0;
        }
        double share = (double) labelled / lines.size();
        return (int) Math.round(50 + 50 * Math.min(1.0, share * 3));
    }

    @Override
    public Transcript parse(TextDocument document, ParseContext context) {
        List<String> lines = document.nonBlankLines();
        int firstLabel = firstLabel(lines);
        if (firstLabel < 0) {
            throw new UnparseableTranscriptException(
                    document.fileName() + ": no speaker label (\"Speaker 0\") introduces any subtitle line");
        }
        SubtitleHeader header = SubtitleHeader.read(lines.subList(0, firstLabel));
        List<Block> blocks = readBlocks(lines.subList(firstLabel, lines.size()));
        if (blocks.isEmpty()) {
            throw new UnparseableTranscriptException(
                    document.fileName() + ": the speaker labels are followed by no subtitle text");
        }
        TranscriptMetadata metadata = new TranscriptMetadata(header.title(), header.source(), null,
                header.mediaUrl(), null, header.summary(), header.durationSeconds());
        return new Transcript(Layout.BILINGUAL_SUBTITLES, metadata, header.chapters(), participants(blocks),
                passages(blocks, header), List.of());
    }

    /** A subtitle block: one speaker label and the lines under it, sorted by language. */
    private record Block(String speaker, List<String> chinese, List<String> english) {

        String chineseText() {
            return Lines.join(chinese);
        }

        String englishText() {
            return String.join(" ", english);
        }

        /** The characters of the block's main text, for deciding where a long turn splits. */
        int length() {
            return Lines.length(chinese.isEmpty() ? englishText() : chineseText());
        }
    }

    private static boolean isLabel(String line) {
        return SPEAKER_LABEL.matcher(line.strip()).matches();
    }

    private static int firstLabel(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isLabel(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Lines with Han characters or full-width punctuation ({@code Gemini 3。}) are the Chinese ones. */
    private static boolean isChinese(String line) {
        return Languages.hasHan(line) || CJK_PUNCTUATION.matcher(line).find();
    }

    /**
     * Reads the blocks up to the site footer: a block's Chinese line comes before its English one, so a
     * Chinese line after an English line of the same block is no longer subtitles.
     */
    private static List<Block> readBlocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        String speaker = null;
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (String line : lines) {
            if (isLabel(line)) {
                addBlock(blocks, speaker, chinese, english);
                speaker = line;
                chinese = new ArrayList<>();
                english = new ArrayList<>();
            } else if (!Boilerplate.isPageArtifact(line)) {
                boolean isChinese = isChinese(line);
                if (Boilerplate.endsArticle(line) || isChinese && !english.isEmpty()) {
                    break;
                }
                (isChinese ? chinese : english).add(line);
            }
        }
        addBlock(blocks, speaker, chinese, english);
        return blocks;
    }

    private static void addBlock(List<Block> blocks, String speaker, List<String> chinese, List<String> english) {
        if (speaker != null && !(chinese.isEmpty() && english.isEmpty())) {
            blocks.add(new Block(speaker, List.copyOf(chinese), List.copyOf(english)));
        }
    }

    private static List<Participant> participants(List<Block> blocks) {
        Set<String> labels = new LinkedHashSet<>();
        blocks.forEach(block -> labels.add(block.speaker()));
        return labels.stream().map(label -> new Participant(label, null)).toList();
    }

    private static List<Passage> passages(List<Block> blocks, SubtitleHeader header) {
        boolean hasEnglish = blocks.stream().anyMatch(block -> !block.english().isEmpty());
        int total = blocks.stream().mapToInt(block -> spokenUnits(block, hasEnglish)).sum();
        double secondsPerUnit = programmeLength(header, total, hasEnglish) / Math.max(1, total);
        boolean timed = header.durationSeconds() != null || !header.chapters().isEmpty();
        List<Passage> passages = new ArrayList<>();
        int turn = 0;
        int spokenBefore = 0;
        for (List<Block> turnBlocks : turns(blocks)) {
            turn++;
            for (List<Block> chunk : split(turnBlocks)) {
                double start = spokenBefore * secondsPerUnit;
                Passage passage = passage(chunk, turn, sectionAt(header.chapters(), start));
                // Without chapter times or a stated length there is nothing to estimate a time from.
                passages.add(timed ? passage.estimatedAt((int) Math.round(start)) : passage);
                spokenBefore += chunk.stream().mapToInt(block -> spokenUnits(block, hasEnglish)).sum();
            }
        }
        return passages;
    }

    private static List<List<Block>> turns(List<Block> blocks) {
        List<List<Block>> turns = new ArrayList<>();
        for (Block block : blocks) {
            if (turns.isEmpty() || !turns.getLast().getFirst().speaker().equals(block.speaker())) {
                turns.add(new ArrayList<>());
            }
            turns.getLast().add(block);
        }
        return turns;
    }

    /** Splits a long turn at block boundaries into passages of about equal length. */
    private static List<List<Block>> split(List<Block> turn) {
        int length = turn.stream().mapToInt(Block::length).sum();
        int parts = Math.max(1, (int) Math.ceil((double) length / PASSAGE_LENGTH));
        double target = (double) length / parts;
        List<List<Block>> chunks = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        int currentLength = 0;
        for (Block block : turn) {
            current.add(block);
            currentLength += block.length();
            if (currentLength >= target && chunks.size() < parts - 1) {
                chunks.add(current);
                current = new ArrayList<>();
                currentLength = 0;
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static Passage passage(List<Block> chunk, int turn, int section) {
        String speaker = chunk.getFirst().speaker();
        String chinese = Lines.join(chunk.stream().map(Block::chineseText).toList());
        String english = String.join(" ", chunk.stream().map(Block::englishText).filter(text -> !text.isEmpty()).toList());
        if (chinese.isEmpty()) {
            return new Passage(speaker, turn, section, QuoteKind.DIRECT, english, Languages.ENGLISH, null, null);
        }
        return english.isEmpty()
                ? new Passage(speaker, turn, section, QuoteKind.DIRECT, chinese, Languages.CHINESE, null, null)
                : new Passage(speaker, turn, section, QuoteKind.DIRECT, chinese, Languages.CHINESE, english, Languages.ENGLISH);
    }

    /** How much of the programme a block takes: its English words, or its characters when there is no English. */
    private static int spokenUnits(Block block, boolean countWords) {
        return countWords
                ? (int) WORD.matcher(block.englishText()).results().count()
                : Lines.length(block.chineseText());
    }

    /**
     * The programme's length: as stated, else the last chapter's start plus an average chapter, else the
     * time it takes to speak the text.
     */
    private static double programmeLength(SubtitleHeader header, int spokenUnits, boolean countWords) {
        if (header.durationSeconds() != null) {
            return header.durationSeconds();
        }
        List<Section> chapters = header.chapters();
        if (chapters.size() >= 2) {
            int first = chapters.getFirst().startSeconds();
            int last = chapters.getLast().startSeconds();
            return last + (double) (last - first) / (chapters.size() - 1);
        }
        return spokenUnits * 60.0 / (countWords ? WORDS_PER_MINUTE : CHINESE_CHARACTERS_PER_MINUTE);
    }

    private static int sectionAt(List<Section> chapters, double seconds) {
        int section = -1;
        for (int i = 0; i < chapters.size() && chapters.get(i).startSeconds() <= seconds; i++) {
            section = i;
        }
        return section;
    }
}
