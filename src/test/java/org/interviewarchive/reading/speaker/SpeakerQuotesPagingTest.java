package org.interviewarchive.reading.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.reading.ListPages;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A speaker's page shows fifty of their quotes at a time with how many there are; the next links lead to the rest. */
class SpeakerQuotesPagingTest extends SeedArchiveTest {

    private static final String LOGAN = "/speakers/logan-kilpatrick";

    @Test
    void aSpeakersPageShowsFiftyQuotesAndTheTotalAndTheNextPageTheRest() {
        Document first = http().html(LOGAN);
        assertThat(first.select(".quote-card")).hasSize(50);
        assertThat(first.selectFirst("p.meta[role=status]").text()).isEqualTo("共 79 条引语 · 第 1 页，共 2 页");
        assertThat(first.selectFirst("nav.pagination a[rel=next]").attr("href")).isEqualTo(LOGAN + "?page=2");

        List<List<String>> pages = ListPages.readerPages(http(), LOGAN, SpeakerQuotesPagingTest::permalinks);
        assertThat(pages).extracting(List::size).containsExactly(50, 29);
        JsonNode whole = http().json("/api" + LOGAN);
        assertThat(pages.stream().flatMap(List::stream).toList()).doesNotHaveDuplicates()
                .isEqualTo(quotes(whole, "url"));
        assertThat(whole.get("total").asLong()).isEqualTo(79);
    }

    @Test
    void theApiLinksEachPageOfQuotesToTheNext() {
        List<JsonNode> pages = ListPages.apiPages(http(), "/api" + LOGAN + "?size=30");

        assertThat(pages).extracting(page -> page.get("page").asInt()).containsExactly(1, 2, 3);
        List<String> ids = new ArrayList<>();
        pages.forEach(page -> ids.addAll(quotes(page, "id")));
        assertThat(ids).hasSize(79).doesNotHaveDuplicates();
        assertThat(http().get("/api" + LOGAN).headers().firstValue("Link")).isEmpty();
    }

    @Test
    void aPageBeyondTheLastIsTheLastAndAPageThatIsNotANumberIsTheFirst() {
        assertThat(permalinks(http().html(LOGAN + "?page=40"))).isEqualTo(permalinks(http().html(LOGAN + "?page=2")));
        assertThat(permalinks(http().html(LOGAN + "?page=two"))).isEqualTo(permalinks(http().html(LOGAN)));
        assertThat(http().json("/api" + LOGAN + "?page=2147483647&size=2147483647").get("page").asInt()).isEqualTo(1);
        assertThat(http().json("/api" + LOGAN + "?page=2147483647&size=30").get("page").asInt()).isEqualTo(3);
    }

    /** A field of every quote of a page of the API: the speaker's own words, then retellings, then notes. */
    private static List<String> quotes(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        for (String group : List.of("interviews", "retold", "notes")) {
            page.get(group).forEach(interview -> interview.get("quotes")
                    .forEach(quote -> values.add(quote.get(field).asString())));
        }
        return values;
    }

    private static List<String> permalinks(Document page) {
        return page.select(".quote-card a.permalink").eachAttr("href");
    }
}
