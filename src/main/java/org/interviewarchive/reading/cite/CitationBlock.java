package org.interviewarchive.reading.cite;

import java.util.List;

/**
 * What a page shows to cite a quote or an interview: every style, the files to download and, for a quote, the quote
 * with its citation ready to copy.
 *
 * @param styles    the reference in each style, in the reader's language
 * @param downloads the BibTeX, RIS and CSL-JSON files
 * @param copyText  the quote's words and the reference in the reader's usual style, null for an interview
 */
public record CitationBlock(List<Styled> styles, List<Download> downloads, String copyText) {

    /** One style's reference, in runs for the page and as plain text to copy. */
    public record Styled(String id, String name, List<Segment> segments) {

        public String text() {
            StringBuilder text = new StringBuilder();
            segments.forEach(segment -> text.append(segment.text()));
            return text.toString();
        }
    }

    /** A file to download: its format's name and address. */
    public record Download(String format, String url) {
    }
}
