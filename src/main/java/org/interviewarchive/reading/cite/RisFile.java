package org.interviewarchive.reading.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RIS: one record a work, {@code TY  - ELEC} (a web page) to {@code ER  - }, one tag a line; the interviewers as
 * secondary authors ({@code A2}), what the text is as a note.
 */
final class RisFile {

    private RisFile() {
    }

    static String write(List<CitedWork> works, CitationLabels labels) {
        return works.stream().map(work -> record(work, labels)).collect(Collectors.joining());
    }

    private static String record(CitedWork work, CitationLabels labels) {
        StringBuilder record = new StringBuilder();
        tag(record, "TY", "ELEC");
        tag(record, "ID", work.key());
        work.authors().forEach(author -> tag(record, "AU", author.inverted()));
        work.interviewers().forEach(interviewer -> tag(record, "A2", interviewer.inverted()));
        tag(record, "TI", work.title());
        if (work.container() != null) {
            tag(record, "T2", work.container());
        }
        if (work.issued() != null) {
            tag(record, "PY", String.valueOf(work.issued().getYear()));
            tag(record, "DA", date(work.issued()));
        }
        tag(record, "UR", work.url());
        tag(record, "Y2", date(work.accessed()));
        tag(record, "LA", work.lang());
        List<String> notes = labels.notes(work);
        if (!notes.isEmpty()) {
            tag(record, "N1", labels.joined(notes));
        }
        return record.append("ER  - \n").toString();
    }

    private static void tag(StringBuilder record, String tag, String value) {
        record.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append('\n');
    }

    private static String date(LocalDate date) {
        return String.format("%04d/%02d/%02d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
