package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.reading.ListPages;
import org.interviewarchive.support.LongListsArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The home page lists the collection's interviews a hundred at a time, newest first, in the same order as the API:
 * the next links lead to every interview once, and the page never lists the whole archive.
 */
class HomeInterviewPagingTest extends LongListsArchiveTest {

    @Test
    void theHomePageShowsAHundredInterviewsAndTheNextLinksLeadToEveryOtherOnce() {
        List<List<String>> pages = ListPages.readerPages(http(), "/", HomeInterviewPagingTest::slugs);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).hasSize(100);
        List<String> all = pages.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(TALKS).doesNotHaveDuplicates();
        List<String> api = new ArrayList<>();
        http().json("/api/interviews").forEach(interview -> api.add(interview.get("slug").asString()));
        assertThat(all).isEqualTo(api);
        Document second = http().html("/?page=2");
        assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/");
        assertThat(second.selectFirst("nav.pagination").text()).contains("第 2 页，共 2 页");
    }

    @Test
    void aPageBeyondTheLastIsTheLastAndAPageThatIsNotANumberIsTheFirst() {
        assertThat(slugs(http().html("/?page=2147483647"))).isEqualTo(slugs(http().html("/?page=2")));
        assertThat(slugs(http().html("/?page=x"))).isEqualTo(slugs(http().html("/")));
    }

    private static List<String> slugs(Document page) {
        return page.select(".interview-item h3 a").eachAttr("href").stream()
                .map(href -> href.substring("/interviews/".length())).toList();
    }
}
