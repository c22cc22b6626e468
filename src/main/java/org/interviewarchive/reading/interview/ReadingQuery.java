package org.interviewarchive.reading.interview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a reader asked to see of an interview: filters by speaker and by topic (several of each allowed), and whether
 * to show the original, its translation or both. Builds the links that change one of these and keep the rest.
 *
 * @param speakers speaker slugs or names, as given
 * @param topics   topic slugs or section titles, as given
 * @param find     words to find in this interview, marked in place; empty for none
 */
public record ReadingQuery(List<String> speakers, List<String> topics, Show show, String find) {

    /** Which text of a translated quote to show. */
    public enum Show {
        BOTH, ORIGINAL, TRANSLATION;

        /** The mode a {@code ?show=} value names; anything else is the default, both. */
        static Show parse(String value) {
            return Stream.of(values())
                    .filter(mode -> mode.parameter().equals(value))
                    .findFirst()
                    .orElse(BOTH);
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** More values than any real reading needs are dropped, so a crafted URL cannot make a page expensive. */
    static final int MAX_VALUES = 20;

    public ReadingQuery {
        speakers = clean(speakers);
        topics = clean(topics);
        show = show == null ? Show.BOTH : show;
        find = find == null ? "" : find.strip();
    }

    public static ReadingQuery of(List<String> speakers, List<String> topics, String show, String find) {
        return new ReadingQuery(speakers, topics, Show.parse(show), find);
    }

    public boolean filtered() {
        return !speakers.isEmpty() || !topics.isEmpty();
    }

    ReadingQuery withSpeakers(List<String> values) {
        return new ReadingQuery(values, topics, show, find);
    }

    ReadingQuery withTopics(List<String> values) {
        return new ReadingQuery(speakers, values, show, find);
    }

    ReadingQuery showing(Show mode) {
        return new ReadingQuery(speakers, topics, mode, find);
    }

    /** Without filters; the show mode and the words being found stay. */
    ReadingQuery unfiltered() {
        return new ReadingQuery(List.of(), List.of(), show, find);
    }

    ReadingQuery withoutFind() {
        return new ReadingQuery(speakers, topics, show, "");
    }

    /** {@code path} with this query, each value encoded; the default show mode is left out. */
    String applyTo(String path) {
        List<String> parameters = new ArrayList<>();
        speakers.forEach(value -> parameters.add("speaker=" + encode(value)));
        topics.forEach(value -> parameters.add("topic=" + encode(value)));
        if (show != Show.BOTH) {
            parameters.add("show=" + show.parameter());
        }
        if (!find.isEmpty()) {
            parameters.add("q=" + encode(find));
        }
        return parameters.isEmpty() ? path : path + "?" + String.join("&", parameters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .distinct()
                .limit(MAX_VALUES)
                .toList();
    }
}
