package org.interviewarchive.reading.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * Chicago 17, notes and bibliography, as a bibliography entry: authors (the first by family name), the title in
 * quotation marks, what the text is, the site and the date, "Accessed" and the date cited, the address.
 */
final class ChicagoStyle implements CitationStyle {

    @Override
    public String id() {
        return "chicago";
    }

    @Override
    public List<Segment> render(CitedWork work, CitationLabels labels) {
        List<String> sentences = new ArrayList<>();
        if (!work.authors().isEmpty()) {
            sentences.add(Rendering.closed(Rendering.invertedFirst(work.authors())));
        }
        sentences.add(Rendering.quotedTitle(work.title()));
        labels.notes(work).forEach(note -> sentences.add(Rendering.closed(note)));
        List<String> publication = new ArrayList<>();
        if (work.container() != null) {
            publication.add(work.container());
        }
        if (work.issued() != null) {
            publication.add(labels.monthDayYear(work.issued()));
        }
        if (!publication.isEmpty()) {
            sentences.add(Rendering.closed(String.join(", ", publication)));
        }
        sentences.add(Rendering.closed(labels.message("cite.accessed", labels.monthDayYear(work.accessed()))));
        sentences.add(work.url() + ".");
        return new Rendering().plain(String.join(" ", sentences)).segments();
    }
}
