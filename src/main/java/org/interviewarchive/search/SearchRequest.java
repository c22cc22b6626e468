package org.interviewarchive.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search as a reader asks it. Repeated filters of one kind are alternatives; different kinds must all hold.
 *
 * @param q          the query text, possibly empty
 * @param speakers   speaker slugs, names or aliases
 * @param interviews interview slugs
 * @param topics     topic slugs
 * @param kinds      quote kinds (DIRECT, REPORTED, NARRATION, SUMMARY), any case
 * @param page       from 1, no deeper than {@link #MAX_DEPTH} hits
 * @param size       hits per page, at most {@link #MAX_SIZE}
 * @param sort       relevance (default) or date
 */
public record SearchRequest(
        String q,
        List<String> speakers,
        List<String> interviews,
        List<String> topics,
        List<String> kinds,
        int page,
        int size,
        Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** How deep pages reach into the hits: a later page is the last one that reaches no further. */
    public static final int MAX_DEPTH = 10_000;

    public enum Sort {
        RELEVANCE,
        DATE;

        /** Unknown names mean the default. */
        public static Sort of(String name) {
            return name != null && name.strip().equalsIgnoreCase("date") ? DATE : RELEVANCE;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SearchRequest {
        q = q == null ? "" : q.strip();
        speakers = clean(speakers);
        interviews = clean(interviews);
        topics = clean(topics);
        kinds = clean(kinds).stream().map(kind -> kind.toUpperCase(Locale.ROOT)).toList();
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        page = Math.min(Math.max(1, page), MAX_DEPTH / size);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /**
     * A search from request parameters. A page or size that is not a number means the default: a search never answers
     * with an error.
     */
    public static SearchRequest of(Map<String, List<String>> parameters) {
        return new SearchRequest(
                first(parameters, "q"),
                parameters.get(Dimension.SPEAKER.parameter()),
                parameters.get(Dimension.INTERVIEW.parameter()),
                parameters.get(Dimension.TOPIC.parameter()),
                parameters.get(Dimension.KIND.parameter()),
                number(first(parameters, "page"), 1),
                number(first(parameters, "size"), DEFAULT_SIZE),
                Sort.of(first(parameters, "sort")));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    /** Every quote of one interview. */
    public static SearchRequest within(String interviewSlug) {
        return new SearchRequest("", List.of(), List.of(interviewSlug), List.of(), List.of(), 1, DEFAULT_SIZE, null);
    }

    /** Every quote by some speakers (all when none are given) about one topic. */
    public static SearchRequest about(String topicSlug, List<String> speakers) {
        return new SearchRequest("", speakers, List.of(), List.of(topicSlug), List.of(), 1, DEFAULT_SIZE, null);
    }

    /** Every quote by one speaker. */
    public static SearchRequest by(String speaker) {
        return new SearchRequest("", List.of(speaker), List.of(), List.of(), List.of(), 1, DEFAULT_SIZE, null);
    }

    /** The values this search narrows a dimension to; empty when it does not. */
    public List<String> values(Dimension dimension) {
        return switch (dimension) {
            case SPEAKER -> speakers;
            case INTERVIEW -> interviews;
            case TOPIC -> topics;
            case KIND -> kinds;
        };
    }

    public boolean hasFilters() {
        return !speakers.isEmpty() || !interviews.isEmpty() || !topics.isEmpty() || !kinds.isEmpty();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .distinct()
                .limit(QueryLimits.MAX_FILTERS)
                .toList();
    }
}
