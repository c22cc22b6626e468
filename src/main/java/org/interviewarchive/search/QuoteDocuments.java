package org.interviewarchive.search;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.SpeakerRef;

/** Maps a quote to its search document and a stored document back to the quote. */
final class QuoteDocuments {

    private static final String SPEAKER_NAME = "speaker_name";
    private static final String INTERVIEW_TITLE = "interview_title";
    private static final String SECTION_TITLE = "section_title";
    private static final String TURN = "turn";
    private static final String TRANSLATION_LANG = "translation_lang";
    private static final String PREVIOUS = "previous";
    private static final String NEXT = "next";
    private static final String STORED_POSITION = "position_stored";
    private static final String ESTIMATED_SECONDS = "estimated_seconds";
    private static final String START_SECONDS = "start_seconds";
    private static final String ORIGINAL_LANG = "original_lang";
    private static final String NARRATOR_SLUG = "narrator_slug";
    private static final String NARRATOR_NAME = "narrator_name";
    private static final String NOTES_SOURCE = "notes_source";
    private static final long UNDATED = Long.MIN_VALUE;

    private QuoteDocuments() {
    }

    static Document toDocument(IndexedQuote indexed, ArchiveAnalyzer analyzer) {
        QuoteDetail detail = indexed.quote();
        QuoteView quote = detail.quote();
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, quote.id(), Field.Store.YES));
        doc.add(new StringField(SearchFields.INTERVIEW, detail.interview().slug(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SearchFields.INTERVIEW, new BytesRef(detail.interview().slug())));
        doc.add(new StoredField(INTERVIEW_TITLE, detail.interview().title()));
        facet(doc, Dimension.INTERVIEW, detail.interview().slug(), detail.interview().title());
        if (quote.speaker() != null) {
            doc.add(new StringField(SearchFields.SPEAKER, quote.speaker().slug(), Field.Store.YES));
            doc.add(new StoredField(SPEAKER_NAME, quote.speaker().name()));
            facet(doc, Dimension.SPEAKER, quote.speaker().slug(), quote.speaker().name());
        }
        if (quote.section() != null) {
            doc.add(new StoredField(SECTION_TITLE, quote.section()));
        }
        for (IndexedQuote.Label topic : indexed.topics()) {
            doc.add(new StringField(SearchFields.TOPIC, topic.value(), Field.Store.NO));
            facet(doc, Dimension.TOPIC, topic.value(), topic.label());
        }
        doc.add(new StringField(SearchFields.KIND, quote.kind().name(), Field.Store.YES));
        facet(doc, Dimension.KIND, quote.kind().name(), quote.kind().name());
        doc.add(new StringField(SearchFields.LANG, quote.lang(), Field.Store.YES));
        doc.add(new Field(SearchFields.TEXT, quote.text(), SearchFields.TEXT_WITH_OFFSETS));
        if (quote.translation() != null) {
            doc.add(new Field(SearchFields.TRANSLATION, quote.translation(), SearchFields.TEXT_WITH_OFFSETS));
            doc.add(new StoredField(TRANSLATION_LANG, quote.translationLang()));
        }
        LocalDate date = indexed.date();
        long day = date == null ? UNDATED : date.toEpochDay();
        doc.add(new NumericDocValuesField(SearchFields.DATE, day));
        // Points under the same name let a search sorted by date skip quotes older than the last on its page.
        doc.add(new LongPoint(SearchFields.DATE, day));
        doc.add(new NumericDocValuesField(SearchFields.POSITION, quote.position()));
        doc.add(new NumericDocValuesField(SearchFields.WORDS_RANK, SearchFields.wordsRank(quote.kind())));
        doc.add(new StoredField(STORED_POSITION, quote.position()));
        doc.add(new StoredField(TURN, quote.turn()));
        if (quote.estimatedSeconds() != null) {
            doc.add(new StoredField(ESTIMATED_SECONDS, quote.estimatedSeconds()));
        }
        if (quote.startSeconds() != null) {
            doc.add(new StoredField(START_SECONDS, quote.startSeconds()));
        }
        if (!quote.originalLang().equals(quote.lang())) {
            doc.add(new StoredField(ORIGINAL_LANG, quote.originalLang()));
        }
        if (quote.narrator() != null) {
            doc.add(new StoredField(NARRATOR_SLUG, quote.narrator().slug()));
            doc.add(new StoredField(NARRATOR_NAME, quote.narrator().name()));
        }
        if (quote.notesSource() != null) {
            doc.add(new StoredField(NOTES_SOURCE, quote.notesSource()));
        }
        doc.add(new TextField(SearchFields.GRAMS, CheckText.gramTokens(CheckText.fold(analyzer, quote.text()))));
        if (quote.translation() != null) {
            doc.add(new TextField(SearchFields.GRAMS,
                    CheckText.gramTokens(CheckText.fold(analyzer, quote.translation()))));
        }
        if (indexed.vector() != null) {
            doc.add(new KnnFloatVectorField(SearchFields.VECTOR, indexed.vector(),
                    VectorSimilarityFunction.DOT_PRODUCT));
        }
        if (detail.previous() != null) {
            doc.add(new StoredField(PREVIOUS, detail.previous()));
        }
        if (detail.next() != null) {
            doc.add(new StoredField(NEXT, detail.next()));
        }
        return doc;
    }

    static QuoteDetail toQuote(Document doc) {
        String id = doc.get(SearchFields.ID);
        String speakerSlug = doc.get(SearchFields.SPEAKER);
        IndexableField position = doc.getField(STORED_POSITION);
        IndexableField turn = doc.getField(TURN);
        IndexableField estimated = doc.getField(ESTIMATED_SECONDS);
        IndexableField start = doc.getField(START_SECONDS);
        QuoteView quote = new QuoteView(
                id,
                position.numericValue().intValue(),
                turn.numericValue().intValue(),
                speakerSlug == null ? null : new SpeakerRef(speakerSlug, doc.get(SPEAKER_NAME)),
                doc.get(SECTION_TITLE),
                QuoteKind.valueOf(doc.get(SearchFields.KIND)),
                doc.get(SearchFields.TEXT),
                doc.get(SearchFields.LANG),
                doc.get(SearchFields.TRANSLATION),
                doc.get(TRANSLATION_LANG),
                "/q/" + id,
                doc.get(ORIGINAL_LANG) != null ? doc.get(ORIGINAL_LANG) : doc.get(SearchFields.LANG),
                start == null ? null : start.numericValue().intValue(),
                estimated == null ? null : estimated.numericValue().intValue(),
                doc.get(NARRATOR_SLUG) == null ? null : new SpeakerRef(doc.get(NARRATOR_SLUG), doc.get(NARRATOR_NAME)),
                doc.get(NOTES_SOURCE));
        return new QuoteDetail(quote, new InterviewRef(doc.get(SearchFields.INTERVIEW), doc.get(INTERVIEW_TITLE)),
                doc.get(PREVIOUS), doc.get(NEXT));
    }

    /** The publication date of a document's interview, or null when it is undated. */
    static LocalDate date(IndexSearcher searcher, int doc) throws IOException {
        NumericDocValues dates = MultiDocValues.getNumericValues(searcher.getIndexReader(), SearchFields.DATE);
        if (dates == null || !dates.advanceExact(doc) || dates.longValue() == UNDATED) {
            return null;
        }
        return LocalDate.ofEpochDay(dates.longValue());
    }

    private static void facet(Document doc, Dimension dimension, String value, String label) {
        doc.add(new SortedSetDocValuesField(SearchFields.facet(dimension),
                new BytesRef(value + SearchFields.SEPARATOR + label)));
    }
}
