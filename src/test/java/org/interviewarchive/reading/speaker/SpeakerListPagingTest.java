package org.interviewarchive.reading.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.reading.ListPages;
import org.interviewarchive.support.LongListsArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The speakers come a page at a time, by name: the next links lead to everyone once, whatever page is asked for. */
class SpeakerListPagingTest extends LongListsArchiveTest {

    private static final int SPEAKERS = TALKS + 1;

    @Test
    void theSpeakersPageShowsAHundredAndTheNextLinksLeadToEveryoneElseOnce() {
        List<List<String>> pages = ListPages.readerPages(http(), "/speakers", SpeakerListPagingTest::names);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).hasSize(100);
        List<String> all = pages.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(SPEAKERS).doesNotHaveDuplicates().contains("Ann Lee", guest(0), guest(TALKS - 1));
        assertThat(all).isSortedAccordingTo(String::compareTo);
        Document second = http().html("/speakers?page=2");
        assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/speakers");
        assertThat(second.selectFirst("nav.pagination").text()).contains("第 2 页，共 2 页");
        assertThat(http().html("/speakers").selectFirst(".lead + .meta").text()).isEqualTo(SPEAKERS + " 位发言人");
    }

    @Test
    void theApiLinksEachPageToTheNextAndListsEveryoneOnceInTheReadersOrder() {
        List<String> paged = new ArrayList<>();
        List<JsonNode> pages = ListPages.apiPages(http(), "/api/speakers?size=40");
        pages.forEach(page -> page.forEach(speaker -> paged.add(speaker.get("name").asString())));

        assertThat(pages).hasSize(3);
        List<String> whole = new ArrayList<>();
        http().json("/api/speakers").forEach(speaker -> whole.add(speaker.get("name").asString()));
        assertThat(paged).isEqualTo(whole).hasSize(SPEAKERS).doesNotHaveDuplicates();
        assertThat(http().get("/api/speakers").headers().firstValue("Link")).isEmpty();
    }

    @Test
    void aPageBeyondTheLastIsTheLastAndAPageThatIsNotANumberIsTheFirst() {
        assertThat(names(http().html("/speakers?page=99"))).isEqualTo(names(http().html("/speakers?page=2")));
        assertThat(names(http().html("/speakers?page=x"))).isEqualTo(names(http().html("/speakers")));
        assertThat(names(http().html("/speakers?page=-4"))).isEqualTo(names(http().html("/speakers")));
        assertThat(http().json("/api/speakers?page=2147483647&size=40")).hasSize(SPEAKERS - 80);
        assertThat(http().json("/api/speakers?page=x&size=-3")).hasSize(1);
        assertThat(http().json("/api/speakers?size=1000000")).hasSize(SPEAKERS);
    }

    private static List<String> names(Document page) {
        return page.select(".profile h2").eachText();
    }
}
