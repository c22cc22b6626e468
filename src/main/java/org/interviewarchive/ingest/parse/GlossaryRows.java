package org.interviewarchive.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.interviewarchive.ingest.parse.MarkdownBlock.Table;

/**
 * The rows of a term/definition table. A definition that starts with another name for the term
 * ({@code Mixture of Experts，混合专家架构}, {@code 规模定律，描述…}) gives that name as an alias.
 */
final class GlossaryRows {

    private static final Pattern ALIAS_SEPARATOR = Pattern.compile("[，,]");
    /** Title-case words, with short lowercase joining words: {@code Reinforcement Learning from Human Feedback}. */
    private static final Pattern LATIN_NAME =
            Pattern.compile("(?:[A-Z][\\w'’-]*|[a-z]{1,4})(?:\\s+(?:[A-Z][\\w'’-]*|[a-z]{1,4})){0,7}");
    /** A translated name is a few characters; a description is longer ({@code 一种神经网络架构}). */
    private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}{2,6}");
    private static final int TERM_LENGTH = 40;

    private GlossaryRows() {
    }

    /** Whether every row pairs a short term with a definition. */
    static boolean isGlossary(Table table) {
        return table.columns() == 2 && !table.rows().isEmpty() && table.rows().stream().allMatch(row -> row.size() == 2
                && !MarkdownReader.plain(row.getFirst()).isEmpty()
                && Lines.length(MarkdownReader.plain(row.getFirst())) <= TERM_LENGTH
                && !MarkdownReader.plain(row.get(1)).isEmpty());
    }

    static List<GlossaryTerm> terms(Table table) {
        return table.rows().stream().map(row -> term(MarkdownReader.plain(row.get(0)), MarkdownReader.plain(row.get(1))))
                .toList();
    }

    private static GlossaryTerm term(String term, String definition) {
        String[] parts = ALIAS_SEPARATOR.split(definition, 2);
        if (parts.length == 2) {
            String alias = parts[0].strip();
            String explanation = parts[1].strip();
            boolean isName = LATIN_NAME.matcher(alias).matches() || CHINESE_NAME.matcher(alias).matches();
            if (isName && !alias.equalsIgnoreCase(term) && !explanation.isEmpty()) {
                return new GlossaryTerm(term, List.of(alias), explanation);
            }
        }
        return new GlossaryTerm(term, List.of(), definition);
    }
}
