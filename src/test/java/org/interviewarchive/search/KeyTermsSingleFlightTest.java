package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.SpeakerRef;
import org.interviewarchive.speaker.SpeakerService;
import org.interviewarchive.topic.TopicService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many readers of an interview arriving at once after a change to the archive cost one computation of its key terms,
 * and a change to another interview, or a rebuild of the index that leaves the interview as it was, costs none (unless
 * the archive has grown or shrunk by more than a quarter since); worked out ahead of readers, it costs its first
 * reader none either.
 */
class KeyTermsSingleFlightTest {

    private static final int READERS = 16;

    @TempDir
    Path dataDir;

    @Test
    void concurrentReadersAtANewRevisionComputeTheKeyTermsOnce() throws Exception {
        SearchIndex index = twoInterviews();
        try {
            AtomicInteger computations = new AtomicInteger();
            CountDownLatch allArrived = new CountDownLatch(READERS);
            SpeakerService speakers = mock(SpeakerService.class);
            // Each computation asks for the speakers' names once; it lingers until every reader has arrived (or a
            // deadline passes), so that readers that computed on their own would all be seen doing it.
            when(speakers.knownNames()).thenAnswer(call -> {
                computations.incrementAndGet();
                allArrived.await(2, TimeUnit.SECONDS);
                return Set.of();
            });
            InterviewKeyTerms keyTerms = new InterviewKeyTerms(index,
                    new SearchQueries(index, speakers, mock(TopicService.class)), speakers, new ContentWords(index));

            List<List<String>> answers = new ArrayList<>();
            try (ExecutorService readers = Executors.newFixedThreadPool(READERS)) {
                List<Future<List<String>>> asked = new ArrayList<>();
                for (int i = 0; i < READERS; i++) {
                    asked.add(readers.submit(() -> {
                        allArrived.countDown();
                        return keyTerms.of("a");
                    }));
                }
                for (Future<List<String>> answer : asked) {
                    answers.add(answer.get(30, TimeUnit.SECONDS));
                }
            }
            assertThat(computations).hasValue(1);
            assertThat(answers).allSatisfy(terms -> assertThat(terms).contains("蒸馏"));
        } finally {
            index.destroy();
        }
    }

    @Test
    void aChangeToAnotherInterviewLeavesAnInterviewsKeyTermsAsTheyWere() throws Exception {
        SearchIndex index = twoInterviews();
        try {
            AtomicInteger computations = new AtomicInteger();
            InterviewKeyTerms keyTerms = countingComputations(index, computations);

            keyTerms.of("a");
            index.update(Map.of("b", List.of(quote("b2", "b", "长上下文是下一个方向。"))), Set.of(), 2);
            keyTerms.of("a");
            assertThat(computations).as("after another interview changed").hasValue(1);

            index.update(Map.of("a", List.of(quote("a2", "a", "合成数据会越来越重要。"))), Set.of(), 3);
            assertThat(keyTerms.of("a")).contains("合成");
            assertThat(computations).as("after the interview itself changed").hasValue(2);
        } finally {
            index.destroy();
        }
    }

    @Test
    void aRebuildKeepsTheKeyTermsOfTheInterviewsItLeftAsTheyWere() throws Exception {
        SearchIndex index = twoInterviews();
        try {
            AtomicInteger computations = new AtomicInteger();
            InterviewKeyTerms keyTerms = countingComputations(index, computations);

            keyTerms.of("a");
            index.rebuild(Stream.of(quote("b1", "b", "更好的预训练，加上更好的后训练。"),
                    quote("a1", "a", "蒸馏让小模型变强，蒸馏也很便宜。")), 2);
            keyTerms.of("a");
            assertThat(computations).as("after a rebuild of the same quotes").hasValue(1);

            index.rebuild(Stream.of(quote("a1", "a", "合成数据会越来越重要，合成数据。"),
                    quote("b1", "b", "更好的预训练，加上更好的后训练。")), 3);
            assertThat(keyTerms.of("a")).contains("合成");
            assertThat(computations).as("after a rebuild that changed the interview").hasValue(2);
        } finally {
            index.destroy();
        }
    }

    @Test
    void keyTermsWorkedOutAgainstAFarSmallerArchiveAreWorkedOutAgain() throws Exception {
        SearchIndex index = indexOf(quote("a1", "a", "蒸馏让小模型变强，蒸馏也很便宜。"));
        try {
            AtomicInteger computations = new AtomicInteger();
            InterviewKeyTerms keyTerms = countingComputations(index, computations);
            keyTerms.of("a");

            index.update(Map.of("b", List.of(quote("b1", "b", "更好的预训练，加上更好的后训练。"),
                    quote("b2", "b", "长上下文是下一个方向，合成数据也是。"))), Set.of(), 2);
            keyTerms.of("a");

            assertThat(computations).as("after the archive more than doubled").hasValue(2);
        } finally {
            index.destroy();
        }
    }

    @Test
    void anInterviewWorkedOutAheadCostsItsFirstReaderNothing() throws Exception {
        SearchIndex index = twoInterviews();
        InterviewWarmup warmup = null;
        try {
            AtomicInteger computations = new AtomicInteger();
            InterviewKeyTerms keyTerms = countingComputations(index, computations);
            warmup = new InterviewWarmup(index, keyTerms);

            warmup.warmAtStart();
            await().atMost(Duration.ofSeconds(30)).untilAtomic(computations, equalTo(2));
            List<String> read = keyTerms.of("a");

            assertThat(read).contains("蒸馏");
            assertThat(computations).as("the reader's own computations").hasValue(2);
        } finally {
            if (warmup != null) {
                warmup.destroy();
            }
            index.destroy();
        }
    }

    private SearchIndex twoInterviews() throws Exception {
        return indexOf(quote("a1", "a", "蒸馏让小模型变强，蒸馏也很便宜。"),
                quote("b1", "b", "更好的预训练，加上更好的后训练。"));
    }

    private SearchIndex indexOf(IndexedQuote... quotes) throws Exception {
        return TestIndexes.of(dataDir, 1, quotes);
    }

    /** Key terms whose every computation counts one: each asks for the speakers' names once. */
    private static InterviewKeyTerms countingComputations(SearchIndex index, AtomicInteger computations) {
        SpeakerService speakers = mock(SpeakerService.class);
        when(speakers.knownNames()).thenAnswer(call -> {
            computations.incrementAndGet();
            return Set.of();
        });
        return new InterviewKeyTerms(index, new SearchQueries(index, speakers, mock(TopicService.class)), speakers,
                new ContentWords(index));
    }

    private static IndexedQuote quote(String id, String interview, String text) {
        QuoteView view = new QuoteView(id, 0, 1, new SpeakerRef("s-" + interview, "S " + interview), null,
                QuoteKind.DIRECT, text, "zh", null, null, "/q/" + id, "zh", null, null, null, null);
        return new IndexedQuote(new QuoteDetail(view, new InterviewRef(interview, "Interview " + interview), null, null),
                LocalDate.of(2025, 1, 1), List.of());
    }
}
