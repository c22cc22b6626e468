package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A search's counts from the pass that finds its hits: every live hit once in the total, each value of a dimension as
 * often as hits have it (a quote about two topics counts for both), commonest first, across segments.
 */
class HitCountsTest {

    @Test
    void countsEachLiveHitByEachOfItsValuesAcrossSegments() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
                        .setMaxFullFlushMergeWaitMillis(0))) {
            writer.addDocument(quote("q1", "ann", "Ann", List.of("rl")));
            writer.addDocument(quote("q2", "ben", "Ben", List.of("rl", "moe")));
            writer.commit();
            writer.addDocument(quote("q3", "ben", "Ben", List.of()));
            writer.addDocument(quote("q4", "cleo", "Cleo", List.of("moe")));
            writer.deleteDocuments(new Term(SearchFields.ID, "q4"));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                HitCounts.Counted counted = searcher.search(new TermQuery(new Term(SearchFields.TEXT, "distillation")),
                        new HitCounts(new FacetOrdinals().of(searcher)));

                assertThat(counted.total()).isEqualTo(3);
                assertThat(counted.of(Dimension.SPEAKER)).containsExactly(
                        new SearchResults.FacetValue("ben", "Ben", 2), new SearchResults.FacetValue("ann", "Ann", 1));
                assertThat(counted.of(Dimension.TOPIC)).containsExactly(
                        new SearchResults.FacetValue("rl", "rl", 2), new SearchResults.FacetValue("moe", "moe", 1));
                assertThat(counted.hits()).hasSize(2);
                assertThat(counted.hits().stream().mapToLong(segment -> segment.docs().cardinality()).sum())
                        .isEqualTo(3);
            }
        }
    }

    private static Document quote(String id, String speaker, String name, List<String> topics) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, id, Field.Store.NO));
        doc.add(new TextField(SearchFields.TEXT, "distillation works", Field.Store.NO));
        doc.add(facet(Dimension.SPEAKER, speaker, name));
        topics.forEach(topic -> doc.add(facet(Dimension.TOPIC, topic, topic)));
        return doc;
    }

    private static SortedSetDocValuesField facet(Dimension dimension, String value, String label) {
        return new SortedSetDocValuesField(SearchFields.facet(dimension),
                new BytesRef(value + SearchFields.SEPARATOR + label));
    }
}
