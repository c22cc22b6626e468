package org.interviewarchive.reading.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a researcher finds in the seeds through {@code /api/search}. */
class SearchApiTest extends SeedArchiveTest {

    private static final String ARTICLE = "2025-12-22-gemini-leads-pro-distills-flash";
    private static final String PODCAST = "release-notes-koray-kavukcuoglu-how-we-build-agi";

    @Test
    void distillationIsFoundOnlyInTheArticleAndEveryHighlightMarksIt() {
        JsonNode results = search("q=" + Http.encode("蒸馏"));
        assertThat(results.get("total").asInt()).isPositive();
        assertThat(values(results.get("facets").get("interview"), "value")).containsExactly(ARTICLE);
        for (JsonNode hit : results.get("hits")) {
            assertThat(hit.get("interview").get("slug").asString()).isEqualTo(ARTICLE);
            assertThat(hit.get("highlight").asString()).contains("<mark>蒸馏</mark>");
        }
    }

    @Test
    void traditionalCharactersFindTheSameQuotes() {
        assertThat(ids(search("q=" + Http.encode("蒸餾")))).isEqualTo(ids(search("q=" + Http.encode("蒸馏"))));
    }

    @Test
    void continualLearningComesUpInAtLeastThreeInterviews() {
        JsonNode results = search("q=" + Http.encode("持续学习"));
        assertThat(results.get("facets").get("interview").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void frontierFindsTheEnglishWordsOfBothSpeakersOfThePodcast() {
        JsonNode results = search("q=frontier&size=100");
        assertThat(values(results.get("facets").get("speaker"), "value"))
                .containsExactlyInAnyOrder("koray-kavukcuoglu", "logan-kilpatrick");
        for (JsonNode hit : results.get("hits")) {
            assertThat(hit.get("interview").get("slug").asString()).isEqualTo(PODCAST);
            assertThat(hit.get("translationHighlight").asString()).containsIgnoringCase("<mark>frontier");
        }
        assertThat(ids(search("q=FRONTIERS&size=100"))).isEqualTo(ids(results));
    }

    @Test
    void borgeaudUnderAnyNameGivesOnlyHisQuotesFromTheNarrationAndTheNotes() {
        JsonNode byAlias = search("q=" + Http.encode("speaker:布尔若") + "&size=100");
        JsonNode byFilter = search("speaker=sebastian-borgeaud&size=100");
        assertThat(byAlias.get("total").asInt()).isPositive().isEqualTo(byFilter.get("total").asInt());
        assertThat(values(byAlias.get("facets").get("speaker"), "value")).containsExactly("sebastian-borgeaud");
        assertThat(values(byAlias.get("facets").get("interview"), "value")).containsExactlyInAnyOrder(
                "best-partners-gemini-3-pretraining-borgeaud", "2025-12-18-sebastian-borgeaud-gemini-3-pretraining");
        for (JsonNode hit : byAlias.get("hits")) {
            assertThat(hit.get("quote").get("speaker").get("slug").asString()).isEqualTo("sebastian-borgeaud");
        }
    }

    @Test
    void anExcludedWordRemovesEveryQuoteContainingIt() {
        JsonNode results = search("q=" + Http.encode("后训练 -Flash") + "&size=100");
        assertThat(results.get("total").asInt()).isPositive()
                .isLessThan(search("q=" + Http.encode("后训练")).get("total").asInt());
        for (JsonNode hit : results.get("hits")) {
            JsonNode quote = hit.get("quote");
            assertThat(quote.get("text").asString() + quote.get("translation").asString()).doesNotContainIgnoringCase("flash");
        }
    }

    @Test
    void facetCountsAddUpToTheTotal() {
        JsonNode results = search("q=" + Http.encode("模型"));
        int total = results.get("total").asInt();
        assertThat(total).isGreaterThan(results.get("hits").size());
        assertThat(sum(results.get("facets").get("interview"))).isEqualTo(total);
        assertThat(sum(results.get("facets").get("kind"))).isEqualTo(total);
        assertThat(sum(results.get("facets").get("speaker"))).isLessThanOrEqualTo(total);
        for (JsonNode speaker : results.get("facets").get("speaker")) {
            assertThat(speaker.get("label").asString()).isNotBlank().isNotEqualTo(speaker.get("value").asString());
        }
    }

    @Test
    void malformedQueriesAnswerWithResultsNeverAnError() {
        for (String q : List.of("AND", "\"unclosed", "(((", "*", "OR OR", "speaker:", ":", "-", "x".repeat(10) + "!@#$%^&*()_+{}|:<>?".repeat(20))) {
            var response = http().get("/api/search?q=" + Http.encode(q));
            assertThat(response.statusCode()).as(q).isEqualTo(200);
        }
        assertThat(http().get("/api/search?q=a&page=zero&size=lots&sort=sideways").statusCode()).isEqualTo(200);
        assertThat(search("q=" + Http.encode("模型") + "&size=1000").get("size").asInt()).isEqualTo(100);
    }

    @Test
    void aFilterWithoutWordsListsQuotesInReadingOrder() {
        JsonNode results = search("interview=" + ARTICLE + "&kind=direct&size=100");
        List<Integer> positions = new ArrayList<>();
        results.get("hits").forEach(hit -> positions.add(hit.get("quote").get("position").asInt()));
        assertThat(positions).isSorted().hasSize(100);
        assertThat(results.get("total").asInt()).isEqualTo(http().json("/api/interviews/" + ARTICLE).get("quoteCount").asInt());
    }

    @Test
    void pagesFollowOnWithoutOverlap() {
        JsonNode first = search("q=" + Http.encode("模型") + "&size=5&page=1");
        JsonNode second = search("q=" + Http.encode("模型") + "&size=5&page=2");
        assertThat(ids(first)).hasSize(5).doesNotContainAnyElementsOf(ids(second));
        assertThat(second.get("page").asInt()).isEqualTo(2);
    }

    @Test
    void eitherOfTwoWordsWithOr() {
        int distillation = search("q=" + Http.encode("蒸馏")).get("total").asInt();
        int retrieval = search("q=" + Http.encode("检索")).get("total").asInt();
        int either = search("q=" + Http.encode("蒸馏 OR 检索")).get("total").asInt();
        assertThat(either).isGreaterThan(Math.max(distillation, retrieval)).isLessThanOrEqualTo(distillation + retrieval);
    }

    @Test
    void relatedQuotesComeFromOtherInterviews() {
        String id = search("q=" + Http.encode("持续学习") + "&interview=" + ARTICLE).get("hits").get(0)
                .get("quote").get("id").asString();
        JsonNode related = http().json("/api/quotes/" + id + "/related");
        assertThat(related.size()).isBetween(1, 5);
        for (JsonNode quote : related) {
            assertThat(quote.get("interview").get("slug").asString()).isNotEqualTo(ARTICLE);
            assertThat(quote.get("url").asString()).isEqualTo("/q/" + quote.get("id").asString());
        }
    }

    private JsonNode search(String query) {
        return http().json("/api/search?" + query);
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.get("hits").forEach(hit -> ids.add(hit.get("quote").get("id").asString()));
        return ids;
    }

    private static List<String> values(JsonNode facet, String field) {
        List<String> values = new ArrayList<>();
        facet.forEach(value -> values.add(value.get(field).asString()));
        return values;
    }

    private static int sum(JsonNode facet) {
        int sum = 0;
        for (JsonNode value : facet) {
            sum += value.get("count").asInt();
        }
        return sum;
    }
}
