package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text in two languages, a Chinese line and its English line (or the other way round), line by line or block by
 * block: each pair becomes one quote with its translation.
 */
final class Bilingual {

    /** Share of blocks holding both languages over which a transcript is bilingual. */
    private static final double SHARE = 0.5;
    /** Share of blocks paired with a neighbour in the other language over which paragraphs alternate. */
    private static final double SHARE_PAIRED = 0.6;
    private static final Pattern CJK_PUNCTUATION = Pattern.compile("[\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");

    private Bilingual() {
    }

    /** A block's lines sorted by language: Chinese, and the other. */
    record Split(List<String> chinese, List<String> other) {

        boolean both() {
            return !chinese.isEmpty() && !other.isEmpty();
        }
    }

    /** Lines with Han characters or full-width punctuation are the Chinese ones; lines of Latin letters the other. */
    static Split split(List<String> lines) {
        List<String> chinese = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String line : lines) {
            (isChinese(line) ? chinese : other).add(line);
        }
        return new Split(chinese, other);
    }

    static boolean isChinese(String line) {
        return Languages.hasHan(line) || CJK_PUNCTUATION.matcher(line).find() && !LATIN_LETTER.matcher(line).find();
    }

    /** How a transcript gives its two languages, if it does. */
    enum Mode {
        /** One language. */
        NONE,
        /** Each block (a run between blank lines) holds a Chinese line and its Latin line, or the other way round. */
        LINES,
        /** Blocks alternate: a paragraph in one language, then the same in the other. */
        PARAGRAPHS
    }

    /** The way the lines give two languages: most blocks hold both, or most neighbouring blocks differ. */
    static Mode mode(List<String> lines) {
        List<List<String>> blocks = blocks(lines);
        if (blocks.size() < 4) {
            return Mode.NONE;
        }
        long both = blocks.stream().filter(Bilingual::pairs).count();
        if (both >= SHARE * blocks.size()) {
            return Mode.LINES;
        }
        int paired = 0;
        int i = 1;
        while (i < blocks.size()) {
            Split previous = split(blocks.get(i - 1));
            Split current = split(blocks.get(i));
            if (!previous.both() && !current.both() && previous.chinese().isEmpty() != current.chinese().isEmpty()) {
                paired += 2;
                i += 2;
            } else {
                i++;
            }
        }
        return paired >= SHARE_PAIRED * blocks.size() ? Mode.PARAGRAPHS : Mode.NONE;
    }

    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static boolean pairs(List<String> block) {
        Split split = split(block);
        return split.both() && split.other().stream().anyMatch(line -> LATIN_LETTER.matcher(line).find());
    }
}
