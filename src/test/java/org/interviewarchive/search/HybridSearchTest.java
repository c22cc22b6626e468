package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SemanticArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A question in a reader's own words finds the quotes that answer it though they share none of its words; such hits
 * are marked as of similar meaning; filters, exact phrases and the keyword mode behave as before.
 */
class HybridSearchTest extends SemanticArchiveTest {

    private static final String RUNNING_OUT_OF_DATA = "数据快用完了怎么办";

    @Test
    void aQuestionInOwnWordsFindsQuotesOfSimilarMeaningThatKeywordsMiss() {
        assertThat(search(RUNNING_OUT_OF_DATA, "mode=keyword").get("total").asInt()).isZero();
        JsonNode hybrid = search(RUNNING_OUT_OF_DATA, "");
        assertThat(hybrid.get("total").asInt()).isPositive();
        List<String> texts = new ArrayList<>();
        for (JsonNode hit : hybrid.get("hits")) {
            assertThat(hit.get("similarMeaning").asBoolean()).isTrue();
            assertThat(hit.get("highlight").asString()).contains("<mark>");
            texts.add(hit.get("quote").get("text").asString());
        }
        assertThat(texts.subList(0, 5)).anyMatch(text -> text.contains("合成数据") || text.contains("数据有限"));
    }

    @Test
    void aQuestionAboutNothingInTheArchiveFindsNothing() {
        assertThat(search("如何做菜好吃", "").get("total").asInt()).isZero();
        assertThat(search("今天天气怎么样", "mode=meaning").get("total").asInt()).isZero();
    }

    @Test
    void hitsByMeaningKeepToTheFilters() {
        JsonNode hits = search(RUNNING_OUT_OF_DATA, "speaker=sebastian-borgeaud&kind=DIRECT").get("hits");
        assertThat(hits).isNotEmpty();
        for (JsonNode hit : hits) {
            assertThat(hit.get("quote").get("speaker").get("slug").asString()).isEqualTo("sebastian-borgeaud");
            assertThat(hit.get("quote").get("kind").asString()).isEqualTo("DIRECT");
        }
    }

    @Test
    void anExactPhraseIsSearchedByItsWordsAlone() {
        JsonNode phrase = search("\"合成数据\"", "");
        assertThat(phrase.get("total").asInt()).isEqualTo(search("\"合成数据\"", "mode=keyword").get("total").asInt())
                .isPositive();
        for (JsonNode hit : phrase.get("hits")) {
            assertThat(hit.get("similarMeaning").asBoolean()).isFalse();
            assertThat(hit.get("highlight").asString()).contains("<mark>合成数据</mark>");
        }
    }

    @Test
    void wordsThatMatchComeFirstAndAreNotMarkedAsMeaning() {
        JsonNode hits = search("蒸馏", "").get("hits");
        assertThat(hits.get(0).get("similarMeaning").asBoolean()).isFalse();
        assertThat(hits.get(0).get("highlight").asString()).contains("<mark>蒸馏</mark>");
    }

    @Test
    void theSearchPageMarksHitsOfSimilarMeaningAndOffersTheModes() {
        Document page = http().html("/search?q=" + Http.encode(RUNNING_OUT_OF_DATA));
        assertThat(page.select(".hit .similar-meaning").first().text()).isEqualTo("意思相近");
        assertThat(page.select(".hit mark")).isNotEmpty();
        assertThat(page.select(".mode-options strong").text()).isEqualTo("字词和意思");
        assertThat(page.select(".mode-options a").eachAttr("href"))
                .anyMatch(href -> href.contains("mode=keyword"));
        Document keyword = http().html("/search?mode=keyword&q=" + Http.encode(RUNNING_OUT_OF_DATA));
        assertThat(keyword.select(".hit")).isEmpty();
    }

    @Test
    void relatedQuotesComeFromOtherInterviewsByMeaning() {
        String id = search("蒸馏", "mode=keyword").get("hits").get(0).get("quote").get("id").asString();
        String interview = http().json("/api/quotes/" + id).get("interview").get("slug").asString();
        JsonNode related = http().json("/api/quotes/" + id + "/related");
        assertThat(related).isNotEmpty();
        for (JsonNode other : related) {
            assertThat(other.get("interview").get("slug").asString()).isNotEqualTo(interview);
        }
    }

    private JsonNode search(String q, String more) {
        return http().json("/api/search?q=" + Http.encode(q) + (more.isEmpty() ? "" : "&" + more));
    }
}
