package org.interviewarchive.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How large a query may be: a search answers a longer one with a message saying so (the search page reads the
 * part within the limits; the API refuses it), and no query is costly to run.
 */
public final class QueryLimits {

    /** Characters of a query. */
    public static final int MAX_LENGTH = 500;
    /** Words, phrases and filters, alternatives ({@code OR}) and exclusions counted. */
    public static final int MAX_PARTS = QueryText.MAX_PARTS;
    /** Filters written in the query ({@code speaker:}, {@code topic:}…). */
    public static final int MAX_FILTERS = 8;

    private QueryLimits() {
    }

    /** Why a search's parameters are over a limit (the query's, or too many values of a filter), or empty. */
    public static Optional<String> exceeded(Map<String, List<String>> parameters) {
        for (Dimension dimension : Dimension.values()) {
            List<String> values = parameters.getOrDefault(dimension.parameter(), List.of());
            if (values.size() > MAX_FILTERS) {
                return Optional.of("Too many values of " + dimension.parameter() + ": at most " + MAX_FILTERS
                        + ", this search has " + values.size() + ".");
            }
        }
        List<String> query = parameters.getOrDefault("q", List.of());
        return exceeded(query.isEmpty() ? null : query.getFirst());
    }

    /** Why the query is over a limit, in words, or empty when it is within them. */
    public static Optional<String> exceeded(String query) {
        if (query == null) {
            return Optional.empty();
        }
        if (query.length() > MAX_LENGTH) {
            return Optional.of("The query is too long: at most " + MAX_LENGTH + " characters, this one has "
                    + query.length() + ".");
        }
        QueryText.Size size = QueryText.size(query);
        if (size.parts() > MAX_PARTS) {
            return Optional.of("The query has too many words, phrases and filters: at most " + MAX_PARTS
                    + ", this one has " + size.parts() + ".");
        }
        if (size.filters() > MAX_FILTERS) {
            return Optional.of("The query has too many filters such as speaker: or topic: at most " + MAX_FILTERS
                    + ", this one has " + size.filters() + ".");
        }
        return Optional.empty();
    }
}
