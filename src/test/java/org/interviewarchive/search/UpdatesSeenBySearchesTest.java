package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.SpeakerRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every update is in the next search, whether it was opened to readers at once (someone had been searching) or left
 * for the next search to open (a bulk load nobody read); and an interview's version changes only with what searches see.
 */
class UpdatesSeenBySearchesTest {

    @TempDir
    Path dataDir;

    @Test
    void updatesNobodySearchedDuringAreInTheNextSearch() throws Exception {
        SearchIndex index = emptyIndex();
        try {
            index.update(Map.of("a", List.of(quote("a1", "a"))), Set.of(), 2);
            index.update(Map.of("b", List.of(quote("b1", "b"), quote("b2", "b"))), Set.of(), 3);

            assertThat(quotesOf(index, "a")).isEqualTo(1);
            assertThat(quotesOf(index, "b")).isEqualTo(2);
            assertThat(index.interviews()).containsExactlyInAnyOrder("a", "b");
        } finally {
            index.destroy();
        }
    }

    @Test
    void anUpdateAfterASearchIsInTheNextOne() throws Exception {
        SearchIndex index = emptyIndex();
        try {
            assertThat(quotesOf(index, "a")).isZero();
            long before = index.versionOf("a");

            index.update(Map.of("a", List.of(quote("a1", "a"))), Set.of(), 2);

            assertThat(index.versionOf("a")).isNotEqualTo(before);
            assertThat(quotesOf(index, "a")).isEqualTo(1);
            index.update(Map.of(), Set.of("a"), 3);
            assertThat(quotesOf(index, "a")).isZero();
        } finally {
            index.destroy();
        }
    }

    private SearchIndex emptyIndex() throws Exception {
        return TestIndexes.of(dataDir, 1);
    }

    private static int quotesOf(SearchIndex index, String interview) {
        return index.withSearcher(searcher -> searcher.count(new TermQuery(new Term(SearchFields.INTERVIEW, interview))));
    }

    private static IndexedQuote quote(String id, String interview) {
        QuoteView view = new QuoteView(id, 0, 1, new SpeakerRef("s-" + interview, "S " + interview), null,
                QuoteKind.DIRECT, "蒸馏让小模型变强。", "zh", null, null, "/q/" + id, "zh", null, null, null, null);
        return new IndexedQuote(new QuoteDetail(view, new InterviewRef(interview, "Interview " + interview), null, null),
                LocalDate.of(2025, 1, 1), List.of());
    }
}
