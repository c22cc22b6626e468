package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.meaning.Embedder;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.SpeakerRef;
import org.interviewarchive.speaker.SpeakerService;
import org.interviewarchive.topic.TopicService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixed corpus and the ordered ids each query returns. */
class SearchRelevanceTest {

    @TempDir
    static Path dataDir;

    private static SearchIndex index;
    private static QuoteSearch search;

    @BeforeAll
    static void indexCorpus() throws Exception {
        ArchiveProperties properties = new ArchiveProperties(dataDir, null, null, null, null, null, null,
                null, new ArchiveProperties.Semantic(false, 1, 1));
        index = new SearchIndex(properties);
        index.rebuild(Stream.of(
                quote("a1", "a", LocalDate.of(2025, 12, 22), 0, "蒸馏是把大模型的能力交给小模型的一种训练方法，在很多场景里都很有用。", null),
                quote("a2", "a", LocalDate.of(2025, 12, 22), 1, "我们谈到了蒸馏。", null),
                quote("a3", "a", LocalDate.of(2025, 12, 22), 2, "Pro 的主要作用就是蒸馏 Flash，蒸馏让小模型变强，蒸馏也很便宜。", null),
                quote("b1", "b", LocalDate.of(2024, 12, 23), 0, "更好的预训练，加上更好的后训练。", "Better pre-training, plus better post-training."),
                quote("b2", "b", LocalDate.of(2024, 12, 23), 1, "后训练还有很大空间，预训练也是。", "Post-training has a lot of room."),
                quote("c1", "c", null, 0, "我们推进了前沿。", "We pushed the frontier."),
                quote("c2", "c", null, 1, "这些前沿模型很强。", "These frontier models are strong and frontier labs know it.")), 1);
        search = new QuoteSearch(index, new SearchQueries(index, mock(SpeakerService.class), mock(TopicService.class)),
                new MeaningSearch(mock(Embedder.class), properties), new TopicTermCounts(), new FacetOrdinals());
    }

    @AfterAll
    static void close() throws Exception {
        index.destroy();
    }

    @Test
    void moreOccurrencesInAShorterQuoteRankHigher() {
        assertThat(ids("蒸馏")).containsExactly("a3", "a2", "a1");
    }

    @Test
    void traditionalCharactersFindTheSameQuotesInTheSameOrder() {
        assertThat(ids("蒸餾")).isEqualTo(ids("蒸馏"));
    }

    @Test
    void englishOriginalsAreFoundByTheirStems() {
        assertThat(ids("frontiers")).containsExactly("c2", "c1");
        assertThat(ids("Post-Training")).containsExactly("b2", "b1");
    }

    @Test
    void aPhraseMatchesOnlyItsWordsInOrder() {
        assertThat(ids("\"更好的后训练\"")).containsExactly("b1");
    }

    @Test
    void excludedWordsRemoveQuotes() {
        assertThat(ids("后训练 -预训练")).isEmpty();
        assertThat(ids("蒸馏 -Flash")).containsExactly("a2", "a1");
    }

    @Test
    void filtersAloneListQuotesInReadingOrderNewestInterviewFirst() {
        SearchRequest byInterview = new SearchRequest("", null, List.of("b", "c"), null, null, 1, 20, null);
        assertThat(search.search(byInterview).hits()).extracting(hit -> hit.quote().quote().id())
                .containsExactly("b1", "b2", "c1", "c2");
    }

    @Test
    void sortingByDatePutsNewerInterviewsFirst() {
        SearchRequest byDate = new SearchRequest("训练", null, null, null, null, 1, 20, SearchRequest.Sort.DATE);
        assertThat(search.search(byDate).hits()).extracting(hit -> hit.quote().quote().id())
                .containsExactly("a1", "b1", "b2");
    }

    private static List<String> ids(String q) {
        return search.search(SearchRequest.of(Map.of("q", List.of(q)))).hits().stream().map(hit -> hit.quote().quote().id()).toList();
    }

    private static IndexedQuote quote(String id, String interview, LocalDate date, int position, String text,
            String translation) {
        QuoteView view = new QuoteView(id, position, position + 1, new SpeakerRef("s-" + interview, "S " + interview),
                null, QuoteKind.DIRECT, text, "zh", translation, translation == null ? null : "en", "/q/" + id, "zh", null, null, null, null);
        return new IndexedQuote(new QuoteDetail(view, new InterviewRef(interview, "Interview " + interview), null, null),
                date, List.of());
    }
}
