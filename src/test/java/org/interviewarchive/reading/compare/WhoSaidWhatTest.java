package org.interviewarchive.reading.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who said what about a topic or a search: one column per speaker, their own words before reports, oldest first, each
 * with its permalink; on the topic page, on {@code /compare} and in the API.
 */
class WhoSaidWhatTest extends SeedArchiveTest {

    @Test
    void everySpeakerOnDistillationHasAColumnInDateOrderWithPermalinks() {
        JsonNode columns = http().json("/api/topics/distillation/compare");
        List<String> speakers = new ArrayList<>();
        for (JsonNode column : columns) {
            speakers.add(column.get("speaker").get("slug").asString());
            String previous = "";
            for (JsonNode said : column.get("quotes")) {
                String date = said.get("date").isNull() ? "9999" : said.get("date").asString();
                assertThat(date).isGreaterThanOrEqualTo(previous);
                previous = date;
                assertThat(said.get("quote").get("url").asString()).matches("/q/[0-9a-z]{10}");
            }
            assertThat(column.get("quotes").size()).isEqualTo(Math.min(5, column.get("found").asInt()));
        }
        assertThat(speakers).contains("jeff-dean", "oriol-vinyals", "logan-kilpatrick").doesNotHaveDuplicates();
    }

    @Test
    void aSpeakersColumnHoldsAllTheirOwnWordsAndThenANarratorsReports() {
        for (JsonNode column : http().json("/api/compare?q=" + Http.encode("合成数据"))) {
            if (column.get("speaker").get("slug").asString().equals("sebastian-borgeaud")) {
                List<Boolean> own = new ArrayList<>();
                column.get("quotes").forEach(said -> own.add(said.get("ownWords").asBoolean()));
                assertThat(own).contains(true, false);
                return;
            }
        }
        throw new AssertionError("No column for Sebastian Borgeaud");
    }

    @Test
    void theTopicPageShowsOneColumnPerSpeakerWithPermalinks() {
        Document page = http().html("/topics/distillation");
        List<Element> columns = page.select(".topic-comparison .comparison-column");
        assertThat(columns).hasSizeGreaterThanOrEqualTo(3);
        assertThat(columns.stream().map(column -> column.selectFirst("h2 a").text()))
                .contains("Jeff Dean", "Oriol Vinyals");
        assertThat(columns.getFirst().select(".compared-quote a.permalink").first().attr("href")).startsWith("/q/");
    }

    @Test
    void anySearchCanBeComparedOnThePageAndInTheApi() {
        JsonNode columns = http().json("/api/compare?q=" + Http.encode("合成数据"));
        assertThat(columns.get(0).get("speaker").get("slug").asString()).isEqualTo("sebastian-borgeaud");
        Document page = http().html("/compare?q=" + Http.encode("合成数据"));
        assertThat(page.select("h1").text()).isEqualTo("谁说了什么：合成数据");
        assertThat(page.select(".comparison-column h2 a").eachText()).contains("Sebastian Borgeaud", "Oriol Vinyals");
        assertThat(http().html("/compare?q=" + Http.encode("火车站门口")).select(".comparison-column")).isEmpty();
    }
}
