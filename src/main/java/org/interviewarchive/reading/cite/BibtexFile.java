package org.interviewarchive.reading.cite;

import java.util.List;
import java.util.stream.Collectors;

/**
 * BibTeX: one {@code @misc} entry a work, with biblatex's {@code date}, {@code url} and {@code urldate}. A name that
 * is not split (a channel, a publisher) is braced so that BibTeX keeps it whole; TeX's special characters are escaped.
 */
final class BibtexFile {

    private BibtexFile() {
    }

    static String write(List<CitedWork> works, CitationLabels labels) {
        return works.stream().map(work -> entry(work, labels)).collect(Collectors.joining("\n"));
    }

    private static String entry(CitedWork work, CitationLabels labels) {
        StringBuilder entry = new StringBuilder("@misc{").append(work.key()).append(",\n");
        if (!work.authors().isEmpty()) {
            field(entry, "author", work.authors().stream().map(BibtexFile::name).collect(Collectors.joining(" and ")));
        }
        field(entry, "title", "{" + escape(work.title()) + "}");
        if (work.container() != null) {
            field(entry, "howpublished", escape(work.container()));
        }
        if (work.issued() != null) {
            field(entry, "date", work.issued().toString());
            field(entry, "year", String.valueOf(work.issued().getYear()));
        }
        field(entry, "url", work.url());
        field(entry, "urldate", work.accessed().toString());
        field(entry, "language", work.lang());
        List<String> notes = labels.notes(work);
        if (!notes.isEmpty()) {
            field(entry, "note", escape(labels.joined(notes)));
        }
        return entry.append("}\n").toString();
    }

    private static void field(StringBuilder entry, String name, String value) {
        entry.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private static String name(Name name) {
        return name.person() ? escape(name.family()) + ", " + escape(name.given()) : "{" + escape(name.literal()) + "}";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                case '{', '}', '%', '&', '$', '#', '_' -> escaped.append('\\').append(c);
                default -> escaped.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return escaped.toString();
    }
}
