package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SemanticArchiveTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * How well each mode answers the questions of {@code relevance/seed-questions.tsv}: recall@10 and nDCG@10 for keyword,
 * meaning and hybrid search, per question and on average. Hybrid must beat keyword clearly and lose no exact phrase.
 */
class MeaningRelevanceBenchmark extends SemanticArchiveTest {

    private static final int CUTOFF = 10;

    private record Question(String query, Set<String> relevant) {

        boolean exactPhrase() {
            return query.startsWith("\"");
        }
    }

    private record Scores(double recall, double ndcg) {
    }

    @Test
    void printsRecallAndNdcgAtTenForEachMode() throws IOException {
        List<Question> questions = questions();
        Map<SearchMode, double[]> sums = new EnumMap<>(SearchMode.class);
        List<String> phrasesLost = new ArrayList<>();
        System.out.printf("%-36s %17s %17s %17s%n", "question (recall@10 / nDCG@10)", "keyword", "meaning", "hybrid");
        for (Question question : questions) {
            Map<SearchMode, Scores> scores = new EnumMap<>(SearchMode.class);
            for (SearchMode mode : SearchMode.values()) {
                Scores score = score(question, mode);
                scores.put(mode, score);
                double[] sum = sums.computeIfAbsent(mode, m -> new double[2]);
                sum[0] += score.recall();
                sum[1] += score.ndcg();
            }
            if (question.exactPhrase() && scores.get(SearchMode.HYBRID).ndcg() < scores.get(SearchMode.KEYWORD).ndcg()) {
                phrasesLost.add(question.query());
            }
            System.out.printf("%-36s %s %s %s%n", question.query(), format(scores.get(SearchMode.KEYWORD)),
                    format(scores.get(SearchMode.MEANING)), format(scores.get(SearchMode.HYBRID)));
        }
        int n = questions.size();
        System.out.printf("%-36s %s %s %s%n", "mean of " + n + " questions",
                format(mean(sums.get(SearchMode.KEYWORD), n)), format(mean(sums.get(SearchMode.MEANING), n)),
                format(mean(sums.get(SearchMode.HYBRID), n)));
        assertThat(mean(sums.get(SearchMode.HYBRID), n).ndcg())
                .isGreaterThan(mean(sums.get(SearchMode.KEYWORD), n).ndcg() + 0.2);
        assertThat(phrasesLost).isEmpty();
    }

    private Scores score(Question question, SearchMode mode) {
        JsonNode hits = http().json("/api/search?size=" + CUTOFF + "&mode=" + mode.param() + "&q="
                + Http.encode(question.query())).get("hits");
        List<String> found = new ArrayList<>();
        hits.forEach(hit -> found.add(hit.get("quote").get("id").asString()));
        double dcg = 0;
        int hitsRelevant = 0;
        for (int rank = 0; rank < found.size(); rank++) {
            if (question.relevant().contains(found.get(rank))) {
                dcg += 1 / log2(rank + 2);
                hitsRelevant++;
            }
        }
        double ideal = 0;
        for (int rank = 0; rank < Math.min(CUTOFF, question.relevant().size()); rank++) {
            ideal += 1 / log2(rank + 2);
        }
        return new Scores((double) hitsRelevant / Math.min(CUTOFF, question.relevant().size()), dcg / ideal);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static Scores mean(double[] sum, int n) {
        return new Scores(sum[0] / n, sum[1] / n);
    }

    private static String format(Scores scores) {
        return String.format("%8.2f /%7.2f", scores.recall(), scores.ndcg());
    }

    private static List<Question> questions() throws IOException {
        try (InputStream in = MeaningRelevanceBenchmark.class.getResourceAsStream("/relevance/seed-questions.tsv")) {
            List<Question> questions = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    questions.add(new Question(columns[0], Set.of(columns[1].split(" "))));
                }
            }
            return questions;
        }
    }
}
