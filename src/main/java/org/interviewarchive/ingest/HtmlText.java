package org.interviewarchive.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A transcript saved as a web page, turned into the plain text the parsers read: paragraphs and headings become
 * paragraphs, list items and {@code <br>} become lines, and what is no one's words (scripts, styles, navigation,
 * headers, footers, forms) is dropped.
 */
final class HtmlText {

    private static final Pattern HTML_START = Pattern.compile("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!doctype html|<html)",
            Pattern.CASE_INSENSITIVE);
    private static final String DROPPED = "head, script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, select, iframe, svg, canvas, [role=navigation], [hidden], [aria-hidden=true]";
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "main", "blockquote",
            "pre", "table", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ul", "ol", "dl",
            "address", "details", "summary");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "br", "caption");
    /**
     * A source line break between Chinese characters, or next to full-width punctuation, is the page's formatting,
     * not a space in the text.
     */
    private static final Pattern BREAK_IN_CHINESE = Pattern.compile(
            "(?<=[\\p{InCJK_Symbols_and_Punctuation}\\uFF00-\\uFFEF])\\s*\\n\\s*"
                    + "|\\s*\\n\\s*(?=[\\p{InCJK_Symbols_and_Punctuation}\\uFF00-\\uFFEF])"
                    + "|(?<=\\p{IsHan})\\s*\\n\\s*(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");

    private HtmlText() {
    }

    /** A page by its name ({@code .html}) or, whatever its name, by how it starts. */
    static boolean isHtml(String fileName, String text) {
        return TranscriptFiles.isWebPageName(fileName) || HTML_START.matcher(text).lookingAt();
    }

    static String toText(String html) {
        Element body = Jsoup.parse(html).body();
        body.select(DROPPED).remove();
        Writer writer = new Writer();
        body.traverse(writer);
        return writer.text();
    }

    /** Writes text nodes, and a line or paragraph break around block elements, never more than one blank line. */
    private static final class Writer implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(isInPre(text) ? text.getWholeText() : normalise(text.getWholeText()));
            } else if (node instanceof Element element) {
                breakFor(element.normalName());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && !element.normalName().equals("br")) {
                breakFor(element.normalName());
            }
        }

        private void breakFor(String tag) {
            if (PARAGRAPHS.contains(tag)) {
                newlines(2);
            } else if (LINES.contains(tag)) {
                newlines(1);
            }
        }

        private void append(String text) {
            if (text.isBlank() && (out.isEmpty() || out.charAt(out.length() - 1) == '\n')) {
                return;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) == '\n') {
                text = text.stripLeading();
            }
            out.append(text);
        }

        private void newlines(int wanted) {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            if (out.isEmpty()) {
                return;
            }
            int present = 0;
            for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
                present++;
            }
            out.append("\n".repeat(Math.max(0, wanted - present)));
        }

        String text() {
            return out.toString().strip() + "\n";
        }

        private static String normalise(String text) {
            return SPACES.matcher(BREAK_IN_CHINESE.matcher(text).replaceAll("")).replaceAll(" ");
        }

        private static boolean isInPre(TextNode text) {
            for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
                if (parent instanceof Element element && element.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
        }
    }
}
