package org.interviewarchive.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.interviewarchive.quote.QuoteKind;

/**
 * The index's fields, named once for indexing and querying alike. Facet fields hold {@code value + SEPARATOR + label}
 * so that counts come back with their display label without asking the database.
 */
final class SearchFields {

    /** The quote's public id: stored, and a term to delete or find by. */
    static final String ID = "id";
    static final String INTERVIEW = "interview";
    static final String SPEAKER = "speaker";
    static final String TOPIC = "topic";
    static final String KIND = "kind";
    static final String LANG = "lang";
    static final String TEXT = "text";
    static final String TRANSLATION = "translation";
    /** Publication day as epoch day, for sorting by date; undated interviews sort last. */
    static final String DATE = "date";
    static final String POSITION = "position";
    /**
     * Whose words a quote is: 0 the speaker's own, then others' retellings, then notes; searches for a speaker's
     * quotes list their own words first.
     */
    static final String WORDS_RANK = "words_rank";
    /** Character pairs of the quote's folded text and translation, for the quote check. */
    static final String GRAMS = "text_grams";
    /** The quote's unit vector for search by meaning; its dot product with a query's is their cosine similarity. */
    static final String VECTOR = "vector";

    static final String FACET_PREFIX = "facet_";
    static final char SEPARATOR = '\u001F';

    /** Analysed text with offsets in the postings, for highlighting without re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    /** Newest interview first, each interview's quotes in order. */
    static final Sort READING_ORDER = new Sort(
            new SortField(DATE, SortField.Type.LONG, true),
            new SortField(INTERVIEW, SortField.Type.STRING),
            new SortField(POSITION, SortField.Type.LONG));

    private SearchFields() {
    }

    /** The given order after the speaker's own words, retellings, notes. */
    static Sort ownWordsFirst(Sort order) {
        return before(new SortField(WORDS_RANK, SortField.Type.LONG), order);
    }

    /** The speaker's own words rank 0; the others by kind, retellings before notes. */
    static int wordsRank(QuoteKind kind) {
        return kind.ownWords() ? 0 : kind.ordinal();
    }

    static String facet(Dimension dimension) {
        return FACET_PREFIX + dimension.parameter();
    }

    /** Best score first; equal scores in the given order. */
    static Sort relevanceThen(Sort order) {
        return before(SortField.FIELD_SCORE, order);
    }

    private static Sort before(SortField first, Sort order) {
        SortField[] fields = new SortField[order.getSort().length + 1];
        fields[0] = first;
        System.arraycopy(order.getSort(), 0, fields, 1, order.getSort().length);
        return new Sort(fields);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
