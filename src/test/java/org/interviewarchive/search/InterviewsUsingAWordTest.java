package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * How many interviews use a word, which weighs an interview's key terms: each interview counted once however many of
 * its quotes use the word, wherever its quotes lie in the index, and deleted quotes not at all.
 */
class InterviewsUsingAWordTest {

    @Test
    void eachInterviewCountsOnceWhereverItsQuotesLie() throws IOException {
        Written index = writer -> {
            writer.addDocument(quote("a", "distillation is cheap"));
            writer.addDocument(quote("a", "distillation again"));
            writer.addDocument(quote("b", "pretraining only"));
            writer.addDocument(quote("a", "distillation once more, apart from the others"));
            writer.addDocument(quote("c", "no such word"));
            writer.commit();
            writer.addDocument(quote("d", "distillation in a later segment"));
            writer.addDocument(quote("b", "distillation at last, in a later segment"));
        };

        assertThat(interviewsUsing("distillation", index)).isEqualTo(3);
        assertThat(interviewsUsing("pretraining", index)).isEqualTo(1);
        assertThat(interviewsUsing("nowhere", index)).isZero();
    }

    @Test
    void deletedQuotesDoNotCount() throws IOException {
        assertThat(interviewsUsing("distillation", writer -> {
            writer.addDocument(quote("a", "distillation"));
            writer.addDocument(quote("b", "distillation"));
            writer.addDocument(quote("b", "something else"));
            writer.commit();
            writer.updateDocument(new Term(SearchFields.ID, "b"), quote("b", "rewritten without the word"));
        })).isEqualTo(1);
    }

    @FunctionalInterface
    private interface Written {
        void into(IndexWriter writer) throws IOException;
    }

    private static int interviewsUsing(String word, Written index) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            index.into(writer);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                return new InterviewRuns().interviewsUsing(reader, SearchFields.TEXT, word);
            }
        }
    }

    private static Document quote(String interview, String text) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, interview, Field.Store.NO));
        doc.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
        doc.add(new SortedDocValuesField(SearchFields.INTERVIEW, new BytesRef(interview)));
        return doc;
    }
}
