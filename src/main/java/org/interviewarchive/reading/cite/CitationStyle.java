package org.interviewarchive.reading.cite;

import java.util.List;

/** One way of writing a reference, from the style's published rules. */
interface CitationStyle {

    /** A short name for links and tests: {@code gbt}, {@code apa}, {@code chicago}, {@code mla}. */
    String id();

    List<Segment> render(CitedWork work, CitationLabels labels);

    /** Every style, in the order pages list them. */
    static List<CitationStyle> all() {
        return List.of(new GbtStyle(), new ApaStyle(), new ChicagoStyle(), new MlaStyle());
    }
}
