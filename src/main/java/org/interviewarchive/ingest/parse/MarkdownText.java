package org.interviewarchive.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What markdown lines look like (headings, speaker labels, decoration) and the inline markup a reader should not see. */
final class MarkdownText {

    /** A heading line: {@code ## 一、…}. */
    record Heading(int level, String title) {
    }

    /**
     * A line that opens with a bold name and a colon: {@code **Name：** text}, {@code **Name**: text}.
     *
     * @param name the name as written, without the bold markers and the colon
     * @param text what follows on the same line, possibly empty
     */
    record Label(String name, String text) {
    }

    private static final Pattern COLON_INSIDE_BOLD = Pattern.compile("^\\*\\*([^*]{1,40}?)\\s*[:：]\\s*\\*\\*(.*)$");
    private static final Pattern COLON_OUTSIDE_BOLD = Pattern.compile("^\\*\\*([^*]{1,40}?)\\s*\\*\\*\\s*[:：](.*)$");
    /** Sentence punctuation never stands in a name; a bold phrase that has some is emphasis, not a label. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[。，,！？!?；;:：、“”\"《》…]");
    private static final Pattern LEADING_COLONS = Pattern.compile("^[\\s:：]+");
    private static final Pattern BARE_URL = Pattern.compile("^<?https?://\\S+?>?$");
    private static final Pattern INLINE_MARKUP = Pattern.compile(
            "\\\\(?<escaped>[\\\\`*_{}\\[\\]()#+\\-.!>|~])"
                    + "|!\\[[^\\]]*]\\([^)]*\\)"
                    + "|\\[(?<link>[^\\]]*)]\\([^)]*\\)"
                    + "|\\*\\*|__");

    private MarkdownText() {
    }

    static Optional<Heading> heading(String line) {
        return MarkdownLines.heading(line).flatMap(heading -> {
            String title = plain(heading.text());
            return title.isEmpty() ? Optional.empty() : Optional.of(new Heading(heading.level(), title));
        });
    }

    static Optional<Label> label(String line) {
        String stripped = line.strip();
        Matcher matcher = COLON_INSIDE_BOLD.matcher(stripped);
        if (!matcher.matches()) {
            matcher = COLON_OUTSIDE_BOLD.matcher(stripped);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        String name = matcher.group(1).strip();
        if (name.isEmpty() || NOT_IN_NAME.matcher(name).find()) {
            return Optional.empty();
        }
        return Optional.of(new Label(name, matcher.group(2).strip()));
    }

    /** A line that shows something but says nothing: a horizontal rule, images, links or an address alone. */
    static boolean isDecoration(String line) {
        String stripped = line.strip();
        return MarkdownLines.isRule(stripped)
                || MarkdownLines.isImagesOrLinksOnly(stripped)
                || BARE_URL.matcher(stripped).matches();
    }

    /** The text as a reader sees it: emphasis markers and images gone, links as their text, escapes undone. */
    static String plain(String text) {
        return INLINE_MARKUP.matcher(text).replaceAll(markup -> {
            String kept = markup.group("escaped") != null ? markup.group("escaped") : markup.group("link");
            return kept != null ? Matcher.quoteReplacement(kept) : "";
        }).strip();
    }

    /** Removes a stray colon a label leaves before its turn's text ("**主持人：** ：这让我想起了…"). */
    static String withoutLeadingColons(String text) {
        return LEADING_COLONS.matcher(text).replaceFirst("");
    }
}
