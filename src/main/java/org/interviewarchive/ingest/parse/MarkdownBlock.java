package org.interviewarchive.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;

/** A block of a markdown document, as {@link MarkdownReader} reads it. Texts keep their inline markup. */
sealed interface MarkdownBlock {

    /** {@code ## Title}: level is the number of {@code #}. */
    record Heading(int level, String text) implements MarkdownBlock {
    }

    /** {@code ---}. */
    record Rule() implements MarkdownBlock {
    }

    /** A pipe table: the header cells and the rows under the separator line. */
    record Table(List<String> header, List<List<String>> rows) implements MarkdownBlock {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        int columns() {
            return header.size();
        }
    }

    /** One blockquote: consecutive {@code >} lines up to an empty {@code >} line, joined. */
    record Quote(String text) implements MarkdownBlock {
    }

    /** Consecutive list items, with the line that introduces them ({@code **要点**：}) or null. */
    record ListBlock(String leadIn, List<ListItem> items) implements MarkdownBlock {

        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A bullet or numbered item; indent is the marker's column, so sub-items have a larger one. */
    record ListItem(int indent, String text) {
    }

    /** Lines of prose, joined. */
    record Paragraph(String text) implements MarkdownBlock {

        private static final Pattern EMPHASIS_ONLY = Pattern.compile("^(\\*\\*|__)[^*_]+\\1\\s*[:：]?$");

        /** A line that is all bold, like {@code **范式转变**：}: a label for what follows, not a statement. */
        boolean isLabel() {
            return EMPHASIS_ONLY.matcher(text).matches();
        }

        /** A label or a line ending in a colon, which introduces the list after it. */
        boolean introducesList() {
            return isLabel() || text.endsWith("：") || text.endsWith(":");
        }
    }
}
