package org.interviewarchive.reading.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every topic has one count wherever it is shown: the chips of the interviews together, the topics page, the topic's
 * API and a {@code topic:} search agree, for every topic of the seeds.
 */
class TopicCountsAgreementTest extends SeedArchiveTest {

    @Test
    void theChipsTheTopicsPageTheApiAndTopicSearchAgreeForEveryTopic() {
        Map<String, Integer> chips = new HashMap<>();
        for (JsonNode interview : http().json("/api/interviews")) {
            String slug = interview.get("slug").asString();
            Document page = http().html("/interviews/" + slug);
            for (Element chip : page.select("a.topic-chip")) {
                String topic = chip.attr("href").replaceAll(".*[?&]topic=([^&]+).*", "$1");
                int count = Integer.parseInt(chip.selectFirst(".count").text());
                chips.merge(topic, count, Integer::sum);
                assertThat(http().html("/interviews/" + slug + "?topic=" + topic).select(".transcript .quote"))
                        .as("%s filtered by %s", slug, topic).hasSize(count);
            }
        }
        Document topicsPage = http().html("/topics");
        JsonNode topics = http().json("/api/topics");
        assertThat(topics.size()).isGreaterThan(20);
        for (JsonNode topic : topics) {
            String slug = topic.get("slug").asString();
            long quotes = topic.get("quotes").asLong();
            assertThat(http().json("/api/topics/" + slug).get("topic").get("quotes").asLong()).as(slug).isEqualTo(quotes);
            assertThat(http().json("/api/search?q=" + Http.encode("topic:" + slug)).get("total").asLong())
                    .as("topic:%s", slug).isEqualTo(quotes);
            if (topic.get("kind").asString().equals("TERM")) {
                assertThat(chips.getOrDefault(slug, 0)).as("the chips of %s", slug).isEqualTo(quotes);
                Element listed = topicsPage.selectFirst(".topic-list a[href=/topics/" + slug + "]");
                if (quotes == 0) {
                    assertThat(listed).as("%s, of no quote, on the topics page", slug).isNull();
                } else {
                    assertThat(listed).as("%s on the topics page", slug).isNotNull();
                    assertThat(listed.parent().selectFirst(".count").text()).as(slug).startsWith(quotes + " 条引语");
                }
            }
        }
        assertThat(chips).containsKey("anti-gravity");
        assertThat(chips.get("anti-gravity")).isGreaterThanOrEqualTo(3);
    }
}
