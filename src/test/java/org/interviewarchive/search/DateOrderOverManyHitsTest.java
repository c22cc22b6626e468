package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.meaning.Embedder;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.SpeakerRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches sorted by date over thousands of hits, more than Lucene counts exactly before it starts skipping quotes
 * that cannot make the page: every page holds what reading the whole archive newest interview first would put there,
 * including interviews of the same day and undated ones, which come last.
 */
class DateOrderOverManyHitsTest {

    private static final int QUOTES_EACH = 300;

    @TempDir
    static Path dataDir;

    private static SearchIndex index;
    private static QuoteSearch search;
    private static final List<IndexedQuote> quotes = new ArrayList<>();

    @BeforeAll
    static void indexInterviews() throws Exception {
        // Stored in an order unlike the reading order, as an archive grows: a recent interview first, so that the
        // page's last quote soon rules out most others, and the newest, of one day, last, where skipping must find them.
        interview("y-recent", LocalDate.of(2029, 5, 5));
        for (int n = 0; n < 34; n++) {
            interview("i" + n, LocalDate.of(1990 + (n * 7) % 34, 1 + n % 12, 1));
        }
        interview("a-same-day-as-i3", LocalDate.of(1990 + 21, 4, 1));
        interview("u-undated", null);
        interview("x-undated", null);
        interview("z-newest", LocalDate.of(2030, 3, 9));
        interview("b-same-day", LocalDate.of(2030, 3, 9));
        index = TestIndexes.of(dataDir, 1, quotes.toArray(IndexedQuote[]::new));
        search = new QuoteSearch(index, TestIndexes.queries(index),
                new MeaningSearch(mock(Embedder.class), new ArchiveProperties(dataDir, null, null, null, null, null,
                        null, null, new ArchiveProperties.Semantic(false, 1, 1))),
                new TopicTermCounts(), new FacetOrdinals());
    }

    @AfterAll
    static void close() throws Exception {
        index.destroy();
    }

    @Test
    void everyPageOfAWordSortedByDateIsThePageOfTheReadingOrder() {
        List<String> all = readingOrder(quote -> quote.quote().quote().position() % 3 != 2);
        assertThat(all).hasSize(8_000);
        for (int page : List.of(1, 10, 11, 20, 21, 200, 381, 400)) {
            SearchRequest byDate = new SearchRequest("训练", null, null, null, List.of("DIRECT"), page, 20,
                    SearchRequest.Sort.DATE);
            SearchResults results = search.search(byDate);
            assertThat(results.total()).isEqualTo(all.size());
            assertThat(ids(results)).as("page %d", page).isEqualTo(pageOf(all, page));
        }
    }

    @Test
    void everyPageOfAFilterAloneIsThePageOfTheReadingOrder() {
        List<String> all = readingOrder(quote -> true);
        for (int page : List.of(1, 15, 16, 30, 31, 250, 500)) {
            SearchRequest kindAlone = new SearchRequest("", null, null, null, List.of("DIRECT"), page, 20, null);
            assertThat(ids(search.search(kindAlone))).as("page %d", page).isEqualTo(pageOf(all, page));
        }
    }

    private static void interview(String slug, LocalDate date) {
        for (int position = 0; position < QUOTES_EACH; position++) {
            // Two quotes in three speak of training.
            String text = position % 3 == 2 ? "第" + position + "句谈数据。" : "第" + position + "句谈训练。";
            QuoteView view = new QuoteView(slug + "-" + position, position, position + 1,
                    new SpeakerRef("s-" + slug, "S " + slug), null, QuoteKind.DIRECT, text, "zh", null, null,
                    "/q/" + slug + "-" + position, "zh", null, null, null, null);
            quotes.add(new IndexedQuote(new QuoteDetail(view, new InterviewRef(slug, "Interview " + slug), null, null),
                    date, List.of()));
        }
    }

    /** Newest interview first, undated last, interviews of a day by slug, each interview's quotes in order. */
    private static List<String> readingOrder(Predicate<IndexedQuote> matching) {
        return quotes.stream().filter(matching)
                .sorted(Comparator.comparing(IndexedQuote::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(quote -> quote.quote().interview().slug())
                        .thenComparingInt(quote -> quote.quote().quote().position()))
                .map(quote -> quote.quote().quote().id())
                .toList();
    }

    private static List<String> pageOf(List<String> all, int page) {
        return IntStream.range((page - 1) * 20, Math.min(all.size(), page * 20)).mapToObj(all::get).toList();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(hit -> hit.quote().quote().id()).toList();
    }
}
