package org.interviewarchive.search;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.web.util.HtmlUtils;

/** Quote text as HTML with the matches marked: every character escaped, matches in {@code <mark>}. */
final class Highlights {

    /** Quotes up to this long are shown whole; longer ones by their best passages. */
    static final int WHOLE_QUOTE_LENGTH = 220;

    private Highlights() {
    }

    /** Marks matches in the whole text. */
    static UnifiedHighlighter whole(IndexSearcher searcher, ArchiveAnalyzer analyzer) {
        return highlighter(searcher, analyzer, WholeBreakIterator::new);
    }

    /** Marks matches in the best sentences. */
    static UnifiedHighlighter passages(IndexSearcher searcher, ArchiveAnalyzer analyzer) {
        return highlighter(searcher, analyzer, () -> BreakIterator.getSentenceInstance(Locale.CHINESE));
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, ArchiveAnalyzer analyzer,
            Supplier<BreakIterator> breaks) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(breaks)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true)
                .build();
    }

    /** The highlighted text, or the stored text escaped when nothing in it matched; null when there is none. */
    static String orEscaped(String highlighted, String stored) {
        if (stored == null) {
            return null;
        }
        return highlighted != null ? highlighted : escape(stored);
    }

    /** The text escaped, shortened to its beginning when it is long. */
    static String escapedBeginning(String text) {
        return escape(text.length() <= WHOLE_QUOTE_LENGTH ? text : text.substring(0, WHOLE_QUOTE_LENGTH) + "…");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
