package org.interviewarchive.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interviewarchive.ingest.parse.MarkdownBlock.Table;

/**
 * A two-column key/value table about the recording ({@code | **视频链接** | https://… |}), read by what its keys
 * mean. Every field is null (or empty) when the table does not say.
 */
record MetadataTable(
        String title, String url, LocalDate date, String programme, Integer durationSeconds,
        List<String> hosts, List<String> guests) {

    /** What a key means, checked in this order: {@code 视频时长} is a length before it is a time. */
    private enum Key {
        HOST("主持|采访者|访谈者|\\bhosts?\\b|interviewer|moderator"),
        GUEST("嘉宾|受访|\\bguests?\\b|interviewee"),
        DURATION("时长|duration|length"),
        LINK("链接|网址|\\burl\\b|\\blink\\b"),
        DATE("时间|日期|\\bdate\\b|published"),
        TITLE("标题|题目|\\btitle\\b"),
        PROGRAMME("节目|栏目|播客|频道|podcast|\\bshow\\b|programme|program|channel");

        private final Pattern pattern;

        Key(String alternatives) {
            pattern = Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE);
        }

        static Optional<Key> of(String cell) {
            String key = MarkdownReader.plain(cell);
            return Arrays.stream(values()).filter(candidate -> candidate.pattern.matcher(key).find()).findFirst();
        }
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s|）)>\\]]+");
    private static final Pattern BRACKETED = Pattern.compile("（[^）]*）|\\([^)]*\\)|【[^】]*】|\\[[^]]*]");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[、,，;；/&]|\\s+and\\s+");
    private static final Pattern VIDEO = Pattern.compile(
            "https?://(?:[^/]*\\.)?(?:youtube\\.com|youtu\\.be|bilibili\\.com|b23\\.tv|vimeo\\.com|v\\.qq\\.com"
                    + "|ixigua\\.com|douyin\\.com|tiktok\\.com)/.*|https?://[^/]+/.*\\bvideos?/.*",
            Pattern.CASE_INSENSITIVE);

    /** Notes without a metadata table. */
    static final MetadataTable NONE = new MetadataTable(null, null, null, null, null, List.of(), List.of());

    MetadataTable {
        hosts = List.copyOf(hosts);
        guests = List.copyOf(guests);
    }

    /** The table as metadata, when it has two columns and at least two of its keys are metadata keys. */
    static Optional<MetadataTable> of(Table table) {
        if (table.columns() != 2) {
            return Optional.empty();
        }
        List<List<String>> rows = Stream.concat(Stream.of(table.header()), table.rows().stream())
                .filter(row -> row.size() >= 2)
                .toList();
        if (rows.stream().filter(row -> Key.of(row.getFirst()).isPresent()).count() < 2) {
            return Optional.empty();
        }
        String title = null;
        String url = null;
        LocalDate date = null;
        String programme = null;
        Integer duration = null;
        List<String> hosts = new ArrayList<>();
        List<String> guests = new ArrayList<>();
        for (List<String> row : rows) {
            String value = MarkdownReader.plain(row.get(1));
            Optional<Key> key = Key.of(row.getFirst());
            if (key.isEmpty() || value.isEmpty()) {
                continue;
            }
            switch (key.get()) {
                case HOST -> hosts.addAll(names(value));
                case GUEST -> guests.addAll(names(value));
                case DURATION -> duration = Durations.find(value).orElse(duration);
                case LINK -> url = url != null ? url : firstUrl(row.get(1));
                case DATE -> date = date != null ? date : Dates.find(value).orElse(null);
                case TITLE -> title = title != null ? title : value;
                case PROGRAMME -> programme = programme != null ? programme : value;
            }
        }
        return Optional.of(new MetadataTable(title, url, date, programme, duration, hosts, guests));
    }

    /** The link, when it points at a video page rather than an article. */
    String mediaUrl() {
        return url != null && VIDEO.matcher(url).matches() ? url : null;
    }

    private static String firstUrl(String cell) {
        Matcher url = URL.matcher(cell);
        return url.find() ? url.group() : null;
    }

    /** Names as written, without what brackets add about them ({@code Name（role）}). */
    private static List<String> names(String value) {
        String withoutRoles = BRACKETED.matcher(value).replaceAll(" ");
        return NAME_SEPARATOR.splitAsStream(withoutRoles).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
