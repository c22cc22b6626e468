package org.interviewarchive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
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

    /** Marks matches in the whole text of documents already read. */
    static UnifiedHighlighter whole(IndexSearcher searcher, ArchiveAnalyzer analyzer, Map<Integer, Document> read) {
        return highlighter(searcher, analyzer, WholeBreakIterator::new, read);
    }

    /** Marks matches in the best sentences of documents already read. */
    static UnifiedHighlighter passages(IndexSearcher searcher, ArchiveAnalyzer analyzer, Map<Integer, Document> read) {
        return highlighter(searcher, analyzer, () -> BreakIterator.getSentenceInstance(Locale.CHINESE), read);
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, ArchiveAnalyzer analyzer,
            Supplier<BreakIterator> breaks, Map<Integer, Document> read) {
        return new OfReadDocuments(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(breaks)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true)
                .withScorer(new PassageScores()), read);
    }

    /** Takes the texts from the documents the search read for its hits, instead of reading them a second time. */
    private static final class OfReadDocuments extends UnifiedHighlighter {

        private final Map<Integer, Document> read;

        OfReadDocuments(Builder builder, Map<Integer, Document> read) {
            super(builder);
            this.read = read;
        }

        /**
         * The highlighted fields keep their offsets in the postings ({@link SearchFields#TEXT_WITH_OFFSETS}); finding
         * that out from the index merges every segment's field list on each call.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = read.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String text = document.get(fields[f]);
                    texts[f] = text == null ? "" : text;
                }
                values.add(texts);
            }
            return values;
        }
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
