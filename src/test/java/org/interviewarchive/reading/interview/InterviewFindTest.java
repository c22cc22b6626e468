package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** "Find in this interview": every match marked in place, counted, and linked to the next and the previous. */
class InterviewFindTest extends SeedArchiveTest {

    private static final String ARTICLE = "/interviews/2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void everyMatchIsMarkedInPlaceWithLinksToTheNextAndPrevious() {
        Document page = http().html(ARTICLE + "?q=" + Http.encode("蒸馏"));
        List<Element> matches = page.select(".transcript .quote:has(mark)");
        assertThat(matches).hasSize(5);
        assertThat(page.select(".transcript .quote")).hasSize(148);
        assertThat(page.selectFirst(".find-summary").text()).contains("5");
        for (int i = 0; i < matches.size(); i++) {
            Element match = matches.get(i);
            assertThat(match.select("mark").eachText()).containsOnly("蒸馏");
            assertThat(match.selectFirst(".match-nav").text()).startsWith("第 " + (i + 1) + " 处，共 5 处");
            Element next = match.selectFirst(".match-nav a[rel=next]");
            if (i < matches.size() - 1) {
                assertThat(next.attr("href")).isEqualTo("#" + matches.get(i + 1).id());
            } else {
                assertThat(next).isNull();
            }
        }
    }

    @Test
    void traditionalCharactersFindTheSamePlaces() {
        assertThat(http().html(ARTICLE + "?q=" + Http.encode("蒸餾")).select(".quote:has(mark)").eachAttr("id"))
                .isEqualTo(http().html(ARTICLE + "?q=" + Http.encode("蒸馏")).select(".quote:has(mark)").eachAttr("id"));
    }

    @Test
    void aFilterHidesSomeMatchesAndSaysSo() {
        Document page = http().html(ARTICLE + "?speaker=jeff-dean&q=" + Http.encode("蒸馏"));
        assertThat(page.select(".quote:has(mark)")).hasSize(1);
        assertThat(page.selectFirst(".find-summary").text()).contains("另有 4 处被筛选隐藏");
        assertThat(page.select(".find-form input[type=hidden][name=speaker]").eachAttr("value")).containsExactly("jeff-dean");
    }

    @Test
    void wordsThatAreNotThereSaySoAndMarkupInThemStaysText() {
        var response = http().get(ARTICLE + "?q=" + Http.encode("<b>量子</b>"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<b>量子</b>");
        Document page = http().html(ARTICLE + "?q=" + Http.encode("<b>量子</b>"));
        assertThat(page.selectFirst(".find-summary").text()).contains("<b>量子</b>");
        assertThat(page.select(".transcript mark")).isEmpty();
    }
}
