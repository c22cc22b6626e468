package org.interviewarchive.reading.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.reading.ListPages;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A topic's page shows fifty of its quotes at a time with how many there are; the next links lead to the rest. */
class TopicQuotesPagingTest extends SeedArchiveTest {

    private String path;
    private long total;

    @BeforeEach
    void mostTalkedAboutTopic() {
        JsonNode topic = http().json("/api/topics").get(0);
        path = "/topics/" + topic.get("slug").asString();
        total = topic.get("quotes").asLong();
        assertThat(total).as("quotes of %s", path).isGreaterThan(50);
    }

    @Test
    void aTopicsPageShowsFiftyQuotesAndTheTotalAndTheNextLinksLeadToTheRestOnce() {
        Document first = http().html(path);
        int pages = (int) ((total + 49) / 50);
        assertThat(first.select(".quote-card")).hasSize(50);
        assertThat(first.selectFirst("p.meta[role=status]").text())
                .isEqualTo("共 " + total + " 条引语 · 第 1 页，共 " + pages + " 页");

        List<List<String>> shown = ListPages.readerPages(http(), path, TopicQuotesPagingTest::permalinks);
        assertThat(shown).hasSize(pages);
        assertThat(shown.subList(0, pages - 1)).allSatisfy(page -> assertThat(page).hasSize(50));
        assertThat(shown.stream().flatMap(List::stream).toList()).doesNotHaveDuplicates()
                .isEqualTo(quotes(http().json("/api" + path), "url"));
    }

    @Test
    void theApiLinksEachPageOfQuotesToTheNextKeepingTheSpeakers() {
        List<String> ids = new ArrayList<>();
        List<JsonNode> pages = ListPages.apiPages(http(), "/api" + path + "?size=20");
        pages.forEach(page -> ids.addAll(quotes(page, "id")));
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(pages).allSatisfy(page -> assertThat(page.get("total").asLong()).isEqualTo(total));

        JsonNode speaker = http().json("/api/search?q=" + Http.encode(
                "topic:" + path.substring("/topics/".length()))).get("facets").get("speaker").get(0);
        String slug = speaker.get("value").asString();
        long spoken = speaker.get("count").asLong();
        List<JsonNode> bySpeaker = ListPages.apiPages(http(), "/api" + path + "?speaker=" + slug + "&size=2");
        assertThat(bySpeaker).hasSize((int) ((spoken + 1) / 2));
        assertThat(bySpeaker).allSatisfy(page -> assertThat(quotes(page, "speaker"))
                .allSatisfy(quote -> assertThat(quote).contains(slug)));
    }

    @Test
    void aPageBeyondTheLastIsTheLastAndAPageThatIsNotANumberIsTheFirst() {
        List<List<String>> shown = ListPages.readerPages(http(), path, TopicQuotesPagingTest::permalinks);
        assertThat(permalinks(http().html(path + "?page=100000"))).isEqualTo(shown.getLast());
        assertThat(permalinks(http().html(path + "?page=%20"))).isEqualTo(shown.getFirst());
        assertThat(http().json("/api" + path + "?page=-1&size=0").get("interviews")).hasSize(1);
    }

    private static List<String> quotes(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        page.get("interviews").forEach(interview -> interview.get("quotes")
                .forEach(quote -> values.add(quote.get(field).isValueNode() ? quote.get(field).asString()
                        : quote.get(field).toString())));
        return values;
    }

    private static List<String> permalinks(Document page) {
        return page.select(".quote-card a.permalink").eachAttr("href");
    }
}
