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

    /** Whether most blocks of the lines (runs between blank lines) hold a Chinese line and a Latin one. */
    static boolean isBilingual(List<String> lines) {
        int blocks = 0;
        int both = 0;
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks++;
                    both += pairs(block) ? 1 : 0;
                    block.clear();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks++;
            both += pairs(block) ? 1 : 0;
        }
        return blocks >= 4 && both >= SHARE * blocks;
    }

    private static boolean pairs(List<String> block) {
        Split split = split(block);
        return split.both() && split.other().stream().anyMatch(line -> LATIN_LETTER.matcher(line).find());
    }
}
