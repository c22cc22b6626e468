package org.interviewarchive.reading.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small readers of the three citation files, strict where reference managers are: BibTeX entries with balanced
 * braces, RIS records of {@code TAG  - value} lines from TY to ER, and CSL-JSON checked against the essentials of the
 * CSL-JSON schema (csl-data.json: the item types, name, date and string variables).
 */
final class CitationFileParsers {

    record BibEntry(String type, String key, Map<String, String> fields) {
    }

    private static final Pattern RIS_LINE = Pattern.compile("([A-Z][A-Z0-9])  - ?(.*)");

    /** The item types of the CSL 1.0.2 schema. */
    private static final Set<String> CSL_TYPES = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document",
            "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
            "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
            "paper-conference", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog",
            "regulation", "report", "review", "review-book", "software", "song", "speech", "standard", "thesis",
            "treaty", "webpage");
    private static final Set<String> CSL_NAMES = Set.of("author", "interviewer", "editor", "translator",
            "container-author", "director", "recipient", "reviewed-author", "collection-editor", "composer",
            "editorial-director", "illustrator", "original-author");
    private static final Set<String> CSL_DATES = Set.of("accessed", "issued", "event-date", "original-date",
            "submitted", "available-date");
    private static final Set<String> CSL_STRINGS = Set.of("title", "container-title", "URL", "language", "note",
            "publisher", "abstract", "medium", "genre", "source", "archive", "DOI", "citation-key");
    private static final Set<String> NAME_PARTS = Set.of("family", "given", "literal", "dropping-particle",
            "non-dropping-particle", "suffix");

    private CitationFileParsers() {
    }

    static List<BibEntry> bibtex(String text) {
        List<BibEntry> entries = new ArrayList<>();
        int at = 0;
        while ((at = text.indexOf('@', at)) >= 0) {
            int open = text.indexOf('{', at);
            String type = text.substring(at + 1, open).strip();
            assertThat(type).matches("[a-zA-Z]+");
            int comma = text.indexOf(',', open);
            String key = text.substring(open + 1, comma).strip();
            assertThat(key).matches("[A-Za-z0-9_:.-]+");
            Map<String, String> fields = new LinkedHashMap<>();
            int i = comma + 1;
            while (true) {
                i = skipSpace(text, i);
                if (text.charAt(i) == '}') {
                    break;
                }
                int equals = text.indexOf('=', i);
                String name = text.substring(i, equals).strip();
                assertThat(name).matches("[a-z]+");
                int start = skipSpace(text, equals + 1);
                int end;
                if (text.charAt(start) == '{') {
                    end = closingBrace(text, start);
                    fields.put(name, text.substring(start + 1, end));
                    end++;
                } else {
                    end = start;
                    while (Character.isLetterOrDigit(text.charAt(end))) {
                        end++;
                    }
                    fields.put(name, text.substring(start, end));
                }
                i = skipSpace(text, end);
                if (text.charAt(i) == ',') {
                    i++;
                }
            }
            entries.add(new BibEntry(type, key, fields));
            at = i + 1;
        }
        return entries;
    }

    /** Each record as its tags and their values, in order; tags may repeat. */
    static List<List<String[]>> ris(String text) {
        List<List<String[]>> records = new ArrayList<>();
        List<String[]> current = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = RIS_LINE.matcher(line);
            assertThat(matcher.matches()).as("an RIS line: %s", line).isTrue();
            String tag = matcher.group(1);
            if (current == null) {
                assertThat(tag).as("a record starts with TY").isEqualTo("TY");
                current = new ArrayList<>();
            }
            current.add(new String[] {tag, matcher.group(2)});
            if (tag.equals("ER")) {
                records.add(current);
                current = null;
            }
        }
        assertThat(current).as("every record ends with ER").isNull();
        return records;
    }

    static JsonNode cslJson(String text) {
        JsonNode items = JsonMapper.builder().build().readTree(text);
        assertThat(items.isArray()).isTrue();
        for (JsonNode item : items) {
            assertThat(item.isObject()).isTrue();
            assertThat(item.get("id").isString() || item.get("id").isNumber()).isTrue();
            assertThat(CSL_TYPES).contains(item.get("type").asString());
            for (String field : item.propertyNames()) {
                JsonNode value = item.get(field);
                if (CSL_NAMES.contains(field)) {
                    assertThat(value.isArray()).isTrue();
                    for (JsonNode name : value) {
                        assertThat(NAME_PARTS).containsAll(name.propertyNames());
                        assertThat(name.has("family") || name.has("literal")).isTrue();
                        name.forEach(part -> assertThat(part.isString()).isTrue());
                    }
                } else if (CSL_DATES.contains(field)) {
                    JsonNode parts = value.get("date-parts");
                    assertThat(parts.isArray() && parts.size() >= 1 && parts.size() <= 2).isTrue();
                    for (JsonNode date : parts) {
                        assertThat(date.size()).isBetween(1, 3);
                        date.forEach(part -> assertThat(part.isInt()).isTrue());
                    }
                } else if (!field.equals("id") && !field.equals("type")) {
                    assertThat(CSL_STRINGS).as("a CSL variable").contains(field);
                    assertThat(value.isString()).isTrue();
                }
            }
        }
        return items;
    }

    private static int skipSpace(String text, int i) {
        while (Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced braces after " + open);
    }
}
