package org.interviewarchive.reading.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * MLA 9: the author by family name (three or more: the first and "et al."), the title in quotation marks, other
 * contributors, the container in italics, the date, the address without {@code http://} or {@code https://}, then
 * "Accessed" and the date cited.
 */
final class MlaStyle implements CitationStyle {

    @Override
    public String id() {
        return "mla";
    }

    @Override
    public List<Segment> render(CitedWork work, CitationLabels labels) {
        Rendering text = new Rendering();
        List<String> opening = new ArrayList<>();
        if (!work.authors().isEmpty()) {
            opening.add(Rendering.closed(authors(work.authors())));
        }
        opening.add(Rendering.quotedTitle(work.title()));
        labels.notes(work).forEach(note -> opening.add(Rendering.closed(note)));
        text.plain(String.join(" ", opening) + " ");
        List<String> rest = new ArrayList<>();
        if (work.issued() != null) {
            rest.add(labels.mlaDate(work.issued()));
        }
        rest.add(work.url().replaceFirst("^https?://", ""));
        if (work.container() != null) {
            text.italic(work.container()).plain(", ");
        }
        return text.plain(String.join(", ", rest) + ". ")
                .plain(Rendering.closed(labels.message("cite.accessed", labels.mlaDate(work.accessed()))))
                .segments();
    }

    private static String authors(List<Name> names) {
        return names.size() > 2 ? names.getFirst().inverted() + ", et al" : Rendering.invertedFirst(names);
    }
}
