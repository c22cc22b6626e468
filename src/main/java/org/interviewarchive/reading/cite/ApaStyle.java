package org.interviewarchive.reading.cite;

import java.util.List;

/**
 * APA 7: authors as {@code Dean, J.}, joined with a comma and an ampersand; the date in parentheses ("n.d." without
 * one); the title in italics with a description in square brackets; the site's name unless it is the author's;
 * "Retrieved …, from" and the address, with no full stop after it. Without an author, the title comes first.
 */
final class ApaStyle implements CitationStyle {

    @Override
    public String id() {
        return "apa";
    }

    @Override
    public List<Segment> render(CitedWork work, CitationLabels labels) {
        Rendering text = new Rendering();
        String date = "(" + labels.apaDate(work.issued()) + "). ";
        if (!work.authors().isEmpty()) {
            text.plain(Rendering.closed(authors(work.authors())) + " " + date);
        }
        text.italic(work.title());
        List<String> notes = labels.notes(work);
        String afterTitle = notes.isEmpty() ? "" : " [" + labels.joined(notes) + "]";
        boolean titleEnds = notes.isEmpty() && Rendering.endsSentence(work.title());
        text.plain(afterTitle + (titleEnds ? " " : ". "));
        if (work.authors().isEmpty()) {
            text.plain(date);
        }
        if (work.container() != null && !isTheAuthor(work)) {
            text.plain(Rendering.closed(work.container()) + " ");
        }
        return text.plain(labels.message("cite.retrieved", labels.monthDayYear(work.accessed()), work.url()))
                .segments();
    }

    private static String authors(List<Name> names) {
        List<String> written = Rendering.each(names, Name::familyInitials);
        return written.size() == 1 ? written.getFirst() : Rendering.series(written, "&");
    }

    private static boolean isTheAuthor(CitedWork work) {
        return work.authors().size() == 1 && work.authors().getFirst().natural().equals(work.container());
    }
}
