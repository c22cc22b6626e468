package org.interviewarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand generated queries, the same ones every run, to the search API, the search page and find in an
 * interview: none answers 5xx, and every answer under {@code /api/} is JSON, a problem when it is an error.
 */
class QueryFuzzTest extends SeedArchiveTest {

    private static final int QUERIES = 10_000;
    private static final List<String> INTERVIEWS = List.of("2025-12-22-gemini-leads-pro-distills-flash",
            "2024-12-23-oriol-vinyals-drastic-research", "best-partners-gemini-3-pretraining-borgeaud");
    private static final List<String> WORDS = List.of("蒸馏", "蒸餾", "后训练", "预训练", "模型", "Gemini", "Flash",
            "distillation", "frontier", "research", "强化学习", "数据", "the", "a", "1", "2025", "Jeff", "布尔若",
            "Oriol", "Vinyals", "a*", "*", "?", "~", "~1", "^2", "\\", "/", "//", "[a TO z]", "{", "}", "&&", "||",
            "!", ":", "::", "%", "%25", "%00", "\u0000", "\u202e", "\u200b", "😀", "𠀀", "Ｇｅｍｉｎｉ", "<script>",
            "'", "\"", "“", "”", "(", ")", "((", "))", "-", "--", "+", "NOT", "AND", "OR", "or", "speaker:", "topic:",
            "interview:", "kind:", "lang:", "speaker:布尔若", "kind:direct", "lang:en", "topic:蒸馏", "speaker:\"Jeff Dean\"",
            "蒸馏~1", "蒸馏*", "/.*/", "a".repeat(300), "模型".repeat(200));
    private static final List<String> PAGING = List.of("", "&page=2", "&page=0", "&page=-1", "&page=2147483647",
            "&page=107374183&size=1000000", "&size=0", "&size=-5", "&size=100", "&page=abc", "&size=1e9",
            "&page=99999999999999999999", "&sort=date", "&sort=%00", "&speaker=布尔若", "&kind=nonsense",
            "&interview=" + INTERVIEWS.getFirst(), "&topic=", "&speaker=a&speaker=b&speaker=c");

    @Test
    void noGeneratedQueryAnswersWithAServerErrorAndApiErrorsAreProblems() throws Exception {
        Random random = new Random(20261203);
        List<String> paths = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            String q = Http.encode(query(random));
            int kind = random.nextInt(100);
            if (kind < 88) {
                paths.add("/api/search?q=" + q + PAGING.get(random.nextInt(PAGING.size())));
            } else if (kind < 96) {
                paths.add("/search?q=" + q + PAGING.get(random.nextInt(PAGING.size())));
            } else {
                paths.add("/interviews/" + INTERVIEWS.get(random.nextInt(INTERVIEWS.size())) + "?q=" + q);
            }
        }
        Map<String, LongAdder> tally = new ConcurrentHashMap<>();
        Map<String, Long> nanos = new ConcurrentHashMap<>();
        List<String> wrong = new ArrayList<>();
        Http http = http();
        try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
            List<Future<String>> answers = new ArrayList<>();
            for (String path : paths) {
                answers.add(clients.submit(() -> {
                    long start = System.nanoTime();
                    String problem = check(http, path, tally);
                    nanos.put(path, System.nanoTime() - start);
                    return problem;
                }));
            }
            for (Future<String> answer : answers) {
                String problem = answer.get();
                if (problem != null) {
                    wrong.add(problem);
                }
            }
        }
        System.out.println("[reliability] query fuzzer: " + QUERIES + " queries, by answer " + new TreeMap<>(tally));
        // How long the answers took is a figure to read (four clients at once, on the seeds), not a pass or fail.
        long[] sorted = nanos.values().stream().mapToLong(Long::longValue).sorted().toArray();
        String slowest = nanos.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        System.out.printf("[reliability] query fuzzer: p50 %.1f ms, p99 %.1f ms, slowest %.1f ms: %s%n",
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 99 / 100] / 1e6,
                sorted[sorted.length - 1] / 1e6, abbreviated(slowest));
        assertThat(wrong).as("answers that are server errors, or API answers that are not JSON problems").isEmpty();
    }

    /** A wrong answer described, or null when the answer is right. */
    private static String check(Http http, String path, Map<String, LongAdder> tally) {
        HttpResponse<String> response = http.get(path);
        String page = path.substring(0, path.indexOf('?'));
        String kind = page.startsWith("/api/") ? "api" : page.startsWith("/search") ? "search page" : "find";
        tally.computeIfAbsent(kind + " " + response.statusCode(), key -> new LongAdder()).increment();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() >= 500) {
            return response.statusCode() + " " + abbreviated(path);
        }
        if (kind.equals("api") && response.statusCode() >= 400 && !type.equals("application/problem+json")) {
            return response.statusCode() + " as " + type + " " + abbreviated(path);
        }
        if (kind.equals("api") && response.statusCode() == 200 && !type.startsWith("application/json")) {
            return "200 as " + type + " " + abbreviated(path);
        }
        return null;
    }

    private static String query(Random random) {
        StringBuilder query = new StringBuilder();
        int parts = random.nextInt(random.nextInt(10) == 0 ? 60 : 6) + 1;
        for (int i = 0; i < parts; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            if (random.nextInt(8) == 0) {
                word = "\"" + word;
            }
            if (random.nextInt(10) == 0) {
                word = WORDS.get(random.nextInt(WORDS.size())) + word;
            }
            query.append(word).append(random.nextInt(6) == 0 ? "" : " ");
        }
        return query.toString();
    }

    private static String abbreviated(String path) {
        return path.length() > 160 ? path.substring(0, 160) + "…" : path;
    }
}
