package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.SpeakerRef;
import org.interviewarchive.topic.TopicTerm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interview's tags are those of the quotes it has now, at their positions: the quotes of an earlier version, still in
 * the index's segments until they are merged away, tag nothing; and one quote's terms are the ones its interview shows.
 */
class TagsOfTheCurrentQuotesTest {

    private static final TopicTerm DISTILLATION = new TopicTerm("distillation", "蒸馏", List.of("蒸馏", "distillation"));
    private static final TopicRef DISTILLATION_TAG = new TopicRef("distillation", "蒸馏");

    @TempDir
    Path dataDir;

    private SearchIndex index;
    private InterviewTerms terms;

    @BeforeEach
    void openIndex() throws Exception {
        index = TestIndexes.of(dataDir, 1);
        terms = new InterviewTerms(index, TestIndexes.queries(index, DISTILLATION), new TopicTermCounts());
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.destroy();
    }

    @Test
    void aChangedInterviewIsTaggedByItsNewQuotesOnly() {
        // A longer interview in the same segment keeps it, and the earlier quotes with it, until a merge.
        index.update(Map.of("a", List.of(quote("a", "a1", 0, "蒸馏让小模型变强。"), quote("a", "a2", 1, "欢迎收听。")),
                "b", IntStream.range(0, 10).mapToObj(i -> quote("b", "b" + i, i, "蒸馏也很便宜。")).toList()), Set.of(), 2);
        assertThat(terms.of("a")).isEqualTo(Map.of(0, List.of(DISTILLATION_TAG)));

        index.update(Map.of("a", List.of(quote("a", "a1", 0, "欢迎收听。"), quote("a", "a2", 1, "我们谈到了蒸馏。"),
                quote("a", "a3", 2, "Distillation makes small models strong."))), Set.of(), 3);

        int earlierQuotesKept = index.withSearcher(searcher -> searcher.getIndexReader().numDeletedDocs());
        assertThat(earlierQuotesKept).isEqualTo(2);
        assertThat(terms.of("a")).isEqualTo(Map.of(1, List.of(DISTILLATION_TAG), 2, List.of(DISTILLATION_TAG)));
    }

    @Test
    void oneQuotesTermsAreThoseItsInterviewShowsForIt() {
        index.update(Map.of("a", List.of(quote("a", "a1", 0, "欢迎收听。"), quote("a", "a2", 1, "我们谈到了蒸馏。"))),
                Set.of(), 2);

        assertThat(termsOfQuote("a1")).isEmpty();
        assertThat(termsOfQuote("a2")).containsExactly(DISTILLATION_TAG).isEqualTo(terms.of("a").get(1));
    }

    private List<TopicRef> termsOfQuote(String id) {
        return index.withSearcher(searcher -> terms.of(searcher,
                searcher.search(new TermQuery(new Term(SearchFields.ID, id)), 1).scoreDocs[0].doc));
    }

    private static IndexedQuote quote(String interview, String id, int position, String text) {
        QuoteView view = new QuoteView(id, position, position + 1, new SpeakerRef("s", "S"), null, QuoteKind.DIRECT,
                text, "zh", null, null, "/q/" + id, "zh", null, null, null, null);
        return new IndexedQuote(new QuoteDetail(view, new InterviewRef(interview, "Interview " + interview), null, null),
                LocalDate.of(2025, 1, 1), List.of());
    }
}
