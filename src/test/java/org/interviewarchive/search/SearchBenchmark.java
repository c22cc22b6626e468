package org.interviewarchive.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.search.Query;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.speaker.SpeakerRef;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/**
 * Prints search latency percentiles on the seeds and on 100,000 quotes generated from them, three ways: through the
 * HTTP API, through {@link QuoteSearch} in process, and through Lucene alone (the query, top 20, no facets or
 * highlights), so that what each layer costs is visible. Figures, not pass marks: run with
 * {@code ./mvnw test -Dtest='*Benchmark'}.
 */
class SearchBenchmark {

    private static final List<String> QUERIES = List.of("蒸馏", "持续学习", "后训练 -Flash", "frontier", "\"更好的预训练\"",
            "speaker:布尔若", "模型", "数据", "Gemini", "TPU", "长上下文", "合成数据", "scaling law", "强化学习 OR 蒸馏",
            "蒸餾", "评估", "Transformer", "agent", "推理", "研究品味");
    private static final int ROUNDS = 10;
    private static final int GENERATED = 100_000;

    @Test
    void searchLatency() throws Exception {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("search-benchmark"),
                List.of(Path.of("seeds")))) {
            SearchIndex index = archive.bean(SearchIndex.class);
            QuoteSearch search = archive.bean(QuoteSearch.class);
            Http http = archive.http();
            measure("seeds (" + index.size() + " quotes)", http, search, index);

            List<QuoteDetail> seedQuotes = search.search(new SearchRequest("", null, null, null,
                    List.of("DIRECT", "REPORTED", "NARRATION", "SUMMARY"), 1, 100, null)).hits().stream()
                    .map(SearchResults.Hit::quote).toList();
            long start = System.nanoTime();
            index.rebuild(generated(seedQuotes, GENERATED), Long.MAX_VALUE);
            System.out.printf("Indexed %,d generated quotes in %,d ms; index on disk %,d KB%n", index.size(),
                    (System.nanoTime() - start) / 1_000_000, diskSize(archive) / 1024);
            measure("generated (" + index.size() + " quotes)", http, search, index);
        }
    }

    private static void measure(String corpus, Http http, QuoteSearch search, SearchIndex index) {
        QueryTranslator translator = new QueryTranslator(index.analyzer(), slug -> slug, new TermMatcher(List.of(), index.analyzer()));
        List<Query> lucene = QUERIES.stream()
                .map(q -> translator.query(QueryText.parse(q), SearchRequest.of(Map.of("q", List.of(q))))).toList();
        report(corpus, "HTTP API", q -> http.json("/api/search?q=" + Http.encode(q)));
        report(corpus, "QuoteSearch", q -> search.search(SearchRequest.of(Map.of("q", List.of(q)))));
        report(corpus, "Lucene alone", q -> index.withSearcher(searcher -> searcher.search(lucene.get(QUERIES.indexOf(q)), 20)));
    }

    private static void report(String corpus, String layer, Consumer<String> run) {
        QUERIES.forEach(run);
        long[] micros = new long[QUERIES.size() * ROUNDS];
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : QUERIES) {
                long start = System.nanoTime();
                run.accept(q);
                micros[i++] = (System.nanoTime() - start) / 1_000;
            }
        }
        Arrays.sort(micros);
        System.out.printf("Search on %s through %s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d searches)%n",
                corpus, layer, micros[micros.length / 2] / 1000.0, micros[micros.length * 9 / 10] / 1000.0,
                micros[micros.length * 99 / 100] / 1000.0, micros[micros.length - 1] / 1000.0, micros.length);
    }

    /** Quotes made of shuffled sentences of the seeds, spread over 500 interviews and 50 speakers. */
    private static Stream<IndexedQuote> generated(List<QuoteDetail> seeds, int count) {
        List<String> sentences = seeds.stream()
                .flatMap(quote -> Arrays.stream(quote.quote().text().split("(?<=[。！？])")))
                .filter(sentence -> !sentence.isBlank())
                .toList();
        Random random = new Random(42);
        return IntStream.range(0, count).mapToObj(n -> {
            StringBuilder text = new StringBuilder();
            for (int s = 1 + random.nextInt(4); s > 0; s--) {
                text.append(sentences.get(random.nextInt(sentences.size())));
            }
            String interview = "generated-" + (n % 500);
            QuoteView view = new QuoteView("g" + n, n / 500, n / 500 + 1,
                    new SpeakerRef("speaker-" + (n % 50), "Speaker " + (n % 50)), null,
                    seeds.get(n % seeds.size()).quote().kind(), text.toString(), "zh", null, null, "/q/g" + n, "zh", null, null, null, null);
            return new IndexedQuote(new QuoteDetail(view, new InterviewRef(interview, "Generated " + (n % 500)), null, null),
                    LocalDate.of(2020, 1, 1).plusDays(n % 1500), List.of());
        });
    }

    private static long diskSize(RunningArchive archive) throws Exception {
        Path indexDir = archive.bean(ArchiveProperties.class).dataDir().resolve("index");
        try (Stream<Path> files = Files.list(indexDir)) {
            long total = 0;
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
