package org.interviewarchive.ingest.parse;

import java.util.regex.Pattern;

/** What the lines of a name-lines article look like: a speaker's name, a heading, a bullet, prose. */
final class NameLinesShapes {

    /** Letters first, then letters, digits, spaces and the marks names carry (·, -, ', initials' dots). */
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} ·・.'’\\-]*");
    private static final int NAME_MAX_LENGTH = 30;
    private static final int NAME_MAX_HAN = 10;
    private static final int NAME_MAX_WORDS = 4;
    private static final int HEADING_MAX_LENGTH = 40;
    private static final int PARAGRAPH_MIN_LENGTH = 20;
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[•●▪◦‣∙]\\s*|[*\\-–]\\s+|\\d{1,2}(?:[、)）]|\\.(?!\\d))\\s*)\\S");
    /** Final punctuation, possibly inside closing quotes: a heading may end on a quoted word, not a sentence. */
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[。！？!?…；;.][”\"』」)）]*$");
    /** Clause punctuation; a colon between digits is a clock time, as in a dateline. */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，,。！？!?；;、…]|(?<!\\d)[:：]|[:：](?!\\d)");

    private NameLinesShapes() {
    }

    /** A few words of letters and no sentence punctuation: how a speaker's name stands on its own line. */
    static boolean isNameShaped(String line) {
        String stripped = line.strip();
        return Lines.length(stripped) <= NAME_MAX_LENGTH
                && NAME.matcher(stripped).matches()
                && stripped.codePoints().filter(Languages::isHan).count() <= NAME_MAX_HAN
                && stripped.split("\\s+").length <= NAME_MAX_WORDS;
    }

    /** Short and without final punctuation; whether it is a heading also depends on where it stands. */
    static boolean isHeadingShaped(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty()
                && Lines.length(stripped) <= HEADING_MAX_LENGTH
                && !FINAL_PUNCTUATION.matcher(stripped).find()
                && !isBullet(stripped);
    }

    /** An item of a bulleted or numbered list. */
    static boolean isBullet(String line) {
        return BULLET.matcher(line.strip()).find();
    }

    /** Written sentences rather than a site's name, a menu or a tag line. */
    static boolean isProse(String line) {
        String stripped = line.strip();
        return !stripped.startsWith("#") && CLAUSE_PUNCTUATION.matcher(stripped).find();
    }

    /** What a reader would take for a paragraph when it follows a name: a sentence, or a long line. */
    static boolean isParagraph(String line) {
        return Lines.endsSentence(line) || Lines.length(line.strip()) >= PARAGRAPH_MIN_LENGTH;
    }
}
