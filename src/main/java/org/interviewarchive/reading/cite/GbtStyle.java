package org.interviewarchive.reading.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * GB/T 7714-2015, an electronic resource ({@code [EB/OL]}): authors (foreign names as {@code DEAN J}, more than three
 * cut to three and 等), title with other title information after a colon, publisher and date, the date cited in
 * brackets, the address.
 */
final class GbtStyle implements CitationStyle {

    private static final int AUTHORS = 3;

    @Override
    public String id() {
        return "gbt";
    }

    @Override
    public List<Segment> render(CitedWork work, CitationLabels labels) {
        StringBuilder text = new StringBuilder();
        if (!work.authors().isEmpty()) {
            List<String> names = new ArrayList<>(Rendering.each(
                    work.authors().subList(0, Math.min(AUTHORS, work.authors().size())), Name::gbt));
            if (work.authors().size() > AUTHORS) {
                names.add("等");
            }
            text.append(String.join(", ", names)).append(". ");
        }
        text.append(work.title());
        List<String> notes = labels.notes(work);
        if (!notes.isEmpty()) {
            text.append(": ").append(labels.joined(notes));
        }
        text.append("[EB/OL]. ");
        List<String> publication = new ArrayList<>();
        if (work.container() != null) {
            publication.add(work.container());
        }
        if (work.issued() != null) {
            publication.add(work.issued().toString());
        }
        text.append(String.join(", ", publication)).append('[').append(work.accessed()).append("]. ");
        text.append(work.url()).append('.');
        return new Rendering().plain(text.toString()).segments();
    }
}
