package org.interviewarchive.reading.cite;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSL-JSON, the input of citeproc processors and Zotero: an array of items, names as family and given or as one
 * literal, dates as date-parts. A speaker's own words in an interview are of type {@code interview}, anything else
 * (a retelling, notes, a narration) a {@code webpage}.
 */
final class CslJsonFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CslJsonFile() {
    }

    static String write(List<CitedWork> works, CitationLabels labels) {
        return JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(works.stream().map(work -> item(work, labels)).toList());
    }

    private static Map<String, Object> item(CitedWork work, CitationLabels labels) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", work.key());
        boolean interview = work.attribution() == Attribution.OWN && !work.interviewers().isEmpty();
        item.put("type", interview ? "interview" : "webpage");
        item.put("title", work.title());
        if (!work.authors().isEmpty()) {
            item.put("author", work.authors().stream().map(CslJsonFile::name).toList());
        }
        if (!work.interviewers().isEmpty()) {
            item.put("interviewer", work.interviewers().stream().map(CslJsonFile::name).toList());
        }
        if (work.container() != null) {
            item.put("container-title", work.container());
        }
        if (work.issued() != null) {
            item.put("issued", date(work.issued()));
        }
        item.put("accessed", date(work.accessed()));
        item.put("URL", work.url());
        item.put("language", work.lang());
        List<String> notes = labels.notes(work);
        if (!notes.isEmpty()) {
            item.put("note", labels.joined(notes));
        }
        return item;
    }

    private static Map<String, Object> name(Name name) {
        return name.person() ? Map.of("family", name.family(), "given", name.given())
                : Map.of("literal", name.literal());
    }

    private static Map<String, Object> date(LocalDate date) {
        return Map.of("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
    }
}
