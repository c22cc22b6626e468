package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * A long quote is shown by the sentences that match the search best, the matches marked, from documents in any segment;
 * its passages are ranked exactly as Lucene's own scorer ranks them.
 */
class HighlightedPassagesTest {

    private static final String LONG_QUOTE = "We started with a small team in London and a lot of patience. "
            + "Nobody knew whether reinforcement learning would work at that scale. "
            + "The weather was awful that winter, and the office heating kept failing. "
            + "Then reinforcement learning with self-play beat the best players, and reinforcement learning was news. "
            + "After that we moved to a bigger building near the station, with better coffee and more desks.";

    @Test
    void aLongQuoteShowsItsBestMatchingSentencesMarked() throws IOException {
        try (ArchiveAnalyzer analyzer = new ArchiveAnalyzer();
                ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            writer.addDocument(quote("A short one about the weather."));
            writer.commit();
            writer.addDocument(quote(LONG_QUOTE));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query words = new QueryBuilder(analyzer)
                        .createBooleanQuery(SearchFields.TEXT, "reinforcement learning");
                int longQuote = 1;

                String[] shown = Highlights.passages(searcher, analyzer,
                                Map.of(longQuote, searcher.storedFields().document(longQuote)))
                        .highlightFields(new String[] {SearchFields.TEXT}, words, new int[] {longQuote}, new int[] {2})
                        .get(SearchFields.TEXT);

                assertThat(shown[0]).isEqualTo("Nobody knew whether <mark>reinforcement</mark> <mark>learning</mark>"
                        + " would work at that scale. …Then <mark>reinforcement</mark> <mark>learning</mark> with"
                        + " self-play beat the best players, and <mark>reinforcement</mark> <mark>learning</mark> was"
                        + " news. ");
            }
        }
    }

    @Test
    void passagesAreScoredAsLucenesScorerScoresThem() {
        Random random = new Random(7);
        BytesRef[] vocabulary = {new BytesRef("rl"), new BytesRef("moe"), new BytesRef("gemini"), new BytesRef("tpu")};
        PassageScorer lucene = new PassageScorer();
        PassageScores ours = new PassageScores();
        for (int round = 0; round < 200; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(400);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 20 + random.nextInt(200));
            int[] inDocument = random.ints(vocabulary.length, 1, 6).toArray();
            int matches = 1 + random.nextInt(8);
            for (int m = 0; m < matches; m++) {
                int term = random.nextInt(vocabulary.length);
                passage.addMatch(start + m, start + m + 1, vocabulary[term], inDocument[term]);
            }
            int contentLength = passage.getEndOffset() + random.nextInt(500);

            assertThat(ours.score(passage, contentLength)).isEqualTo(lucene.score(passage, contentLength));
        }
    }

    private static Document quote(String text) {
        Document doc = new Document();
        doc.add(new Field(SearchFields.TEXT, text, SearchFields.TEXT_WITH_OFFSETS));
        return doc;
    }
}
