package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
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
 * A search's topic terms are counted among its hits alone, whether it has a handful of hits (each looked up) or most of
 * the archive (whole sets intersected).
 */
class TermCountsOfHitsTest {

    private static final TopicTerm DISTILLATION = new TopicTerm("distillation", "蒸馏", List.of("蒸馏", "distillation"));
    private static final TopicTerm RL = new TopicTerm("rl", "强化学习", List.of("强化学习"));

    @TempDir
    Path dataDir;

    private SearchIndex index;
    private SearchQueries queries;

    @BeforeEach
    void openIndex() throws Exception {
        index = TestIndexes.of(dataDir, 1);
        queries = TestIndexes.queries(index, DISTILLATION, RL);
        // 750 quotes about distillation, 250 about reinforcement learning; two of each also name Gemini.
        index.update(Map.of("a", IntStream.range(0, 1000).mapToObj(i -> quote(i, (i < 750 ? "蒸馏让小模型变强。"
                : "强化学习需要奖励。") + (i % 750 < 2 ? "Gemini" : ""))).toList()), Set.of(), 2);
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.destroy();
    }

    @Test
    void aRareWordsHitsAreCountedOneByOne() {
        assertThat(termCounts(new TermQuery(new Term(SearchFields.TEXT, "gemini")))).containsExactly(
                new SearchResults.FacetValue("distillation", "蒸馏", 2), new SearchResults.FacetValue("rl", "强化学习", 2));
    }

    @Test
    void aWholeInterviewsHitsAreCountedByTheirSets() {
        assertThat(termCounts(new TermQuery(new Term(SearchFields.INTERVIEW, "a")))).containsExactly(
                new SearchResults.FacetValue("distillation", "蒸馏", 750),
                new SearchResults.FacetValue("rl", "强化学习", 250));
    }

    private List<SearchResults.FacetValue> termCounts(Query query) {
        TermMatcher vocabulary = queries.vocabulary();
        return index.withSearcher(searcher -> new TopicTermCounts().count(searcher,
                searcher.search(query, new HitCounts(new FacetOrdinals().of(searcher))).hits(),
                queries.translator(vocabulary), vocabulary));
    }

    private static IndexedQuote quote(int position, String text) {
        String id = "a" + position;
        QuoteView view = new QuoteView(id, position, position + 1, new SpeakerRef("s", "S"), null, QuoteKind.DIRECT,
                text, "zh", null, null, "/q/" + id, "zh", null, null, null, null);
        return new IndexedQuote(new QuoteDetail(view, new InterviewRef("a", "Interview a"), null, null),
                LocalDate.of(2025, 1, 1), List.of());
    }
}
