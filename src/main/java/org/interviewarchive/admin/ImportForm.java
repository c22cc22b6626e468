package org.interviewarchive.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interviewarchive.ingest.UploadMetadata;

/**
 * The import page's metadata fields, as typed. They apply to every file of the upload, as its sidecar would.
 *
 * @param speakers one mapping a line: {@code Speaker 0 = Logan Kilpatrick}
 */
record ImportForm(String title, String date, String source, String sourceUrl, String speakers) {

    private static final Pattern MAPPING = Pattern.compile("^(.+?)\\s*[=＝]\\s*(.+)$");

    static ImportForm empty() {
        return new ImportForm("", "", "", "", "");
    }

    /** What is wrong with the fields, in words for the page; empty when they can be used. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!blank(date)) {
            try {
                LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problems.add("The date \"" + date.strip() + "\" is not a date like 2025-12-22.");
            }
        }
        for (String line : lines()) {
            if (!MAPPING.matcher(line).matches()) {
                problems.add("The speaker line \"" + line + "\" is not of the form \"Speaker 0 = Logan Kilpatrick\".");
            }
        }
        return problems;
    }

    /** The fields as the ingest takes them; call only when there are no {@link #problems()}. */
    UploadMetadata metadata() {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String line : lines()) {
            Matcher matcher = MAPPING.matcher(line);
            if (matcher.matches()) {
                mapping.put(matcher.group(1).strip(), matcher.group(2).strip());
            }
        }
        return new UploadMetadata(title, blank(date) ? null : LocalDate.parse(date.strip()), source, sourceUrl, mapping,
                Map.of());
    }

    private List<String> lines() {
        return blank(speakers) ? List.of() : speakers.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
