package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a reader typed, understood leniently: words are all required, {@code "exact phrase"}, {@code -excluded},
 * {@code a OR b}, and filters {@code speaker:}, {@code interview:}, {@code topic:}, {@code kind:}, {@code lang:}.
 * Anything else is plain words: there is no syntax error to make.
 *
 * @param required  conjuncts that must all match; each is a list of alternatives of which one must
 * @param excluded  terms no hit may match
 */
record QueryText(List<List<Part>> required, List<Part> excluded) {

    /** Enough for any real question; past it, the rest of a pasted text is ignored. */
    static final int MAX_PARTS = 32;
    static final Set<String> FIELDS = Set.of("speaker", "interview", "topic", "kind", "lang");

    /** Words to find in the text, or a field that must have a value. */
    sealed interface Part {
    }

    /** Words as typed: analysed into a term or, when they make several tokens, a phrase. */
    record Words(String text) implements Part {
    }

    record FieldValue(String field, String value) implements Part {
    }

    boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /** Whether the query asks for someone's quotes ({@code speaker:}), not only for words. */
    boolean asksForSpeaker() {
        return required.stream().flatMap(List::stream)
                .anyMatch(part -> part instanceof FieldValue value && value.field().equals("speaker"));
    }

    /** How many parts a query has, and how many of them are filters, read to its end. */
    record Size(int parts, int filters) {
    }

    static Size size(String input) {
        int parts = 0;
        int filters = 0;
        for (Token token : tokens(input)) {
            if (token.quoted() || !Set.of("OR", "AND", "NOT").contains(token.text())) {
                parts++;
                filters += part(token) instanceof FieldValue ? 1 : 0;
            }
        }
        return new Size(parts, filters);
    }

    static QueryText parse(String input) {
        List<List<Part>> required = new ArrayList<>();
        List<Part> excluded = new ArrayList<>();
        boolean orPending = false;
        boolean notPending = false;
        String bounded = input == null ? "" : input.substring(0, Math.min(input.length(), QueryLimits.MAX_LENGTH));
        for (Token token : tokens(bounded)) {
            if (required.size() + excluded.size() >= MAX_PARTS) {
                break;
            }
            if (!token.quoted() && token.text().equals("OR")) {
                orPending = !required.isEmpty();
                continue;
            }
            if (!token.quoted() && token.text().equals("NOT")) {
                notPending = true;
                continue;
            }
            if (!token.quoted() && token.text().equals("AND")) {
                continue;
            }
            Part part = part(token);
            if (token.negated() || notPending) {
                excluded.add(part);
            } else if (orPending) {
                required.getLast().add(part);
            } else {
                required.add(new ArrayList<>(List.of(part)));
            }
            orPending = false;
            notPending = false;
        }
        return new QueryText(required.stream().map(List::copyOf).toList(), List.copyOf(excluded));
    }

    private static Part part(Token token) {
        if (!token.quoted()) {
            int colon = token.text().indexOf(':');
            if (colon > 0 && colon < token.text().length() - 1) {
                String field = token.text().substring(0, colon).toLowerCase(Locale.ROOT);
                if (FIELDS.contains(field)) {
                    return new FieldValue(field, unquote(token.text().substring(colon + 1)));
                }
            }
        }
        return new Words(token.text());
    }

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private record Token(String text, boolean quoted, boolean negated) {
    }

    /**
     * Splits on white space and brackets, keeping quoted phrases (and {@code field:"quoted value"}) whole. An unclosed
     * quote just ends the phrase at the end of the input.
     */
    private static List<Token> tokens(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '　') {
                i++;
                continue;
            }
            boolean negated = false;
            if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1))) {
                negated = c == '-';
                i++;
                c = input.charAt(i);
            }
            if (isQuote(c)) {
                int end = closingQuote(input, i + 1);
                String phrase = input.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    tokens.add(new Token(phrase, true, negated));
                }
                i = Math.min(n, end + 1);
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(input.charAt(i)) && input.charAt(i) != '(' && input.charAt(i) != ')'
                    && input.charAt(i) != '　') {
                if (input.charAt(i) == ':' && i + 1 < n && isQuote(input.charAt(i + 1))) {
                    i = Math.min(n, closingQuote(input, i + 2) + 1);
                    break;
                }
                i++;
            }
            tokens.add(new Token(input.substring(start, i), false, negated));
        }
        return tokens;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static int closingQuote(String input, int from) {
        for (int i = from; i < input.length(); i++) {
            if (isQuote(input.charAt(i))) {
                return i;
            }
        }
        return input.length();
    }
}
