package org.interviewarchive.reading.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What a reader sees on {@code /search}. */
class SearchPageTest extends SeedArchiveTest {

    @Test
    void hitsShowTheTotalTheMarkedWordsAndWhereEachQuoteStands() {
        Document page = http().html("/search?q=" + Http.encode("蒸馏"));
        int total = http().json("/api/search?q=" + Http.encode("蒸馏")).get("total").asInt();
        assertThat(page.selectFirst(".search-total").text()).contains(Integer.toString(total));
        assertThat(page.select(".hit")).hasSize(total);
        for (Element hit : page.select(".hit")) {
            assertThat(hit.select("mark").eachText()).isNotEmpty().allMatch(text -> text.equals("蒸馏"));
            assertThat(hit.selectFirst(".hit-source a[href^=/interviews/]")).isNotNull();
            assertThat(hit.selectFirst("a.permalink").attr("href")).matches("/q/[0-9a-z]{10}");
            assertThat(hit.select("a[href*=#q-]")).hasSize(1);
        }
    }

    @Test
    void theQueryIsShownBackEscapedAndNothingOfItRuns() {
        String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var response = http().get("/search?q=" + Http.encode(attack));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("input[name=q]").eachAttr("value")).contains(attack);
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("img")).isEmpty();
    }

    @Test
    void aFacetNarrowsTheSearchAndCanBeTakenOffAgain() {
        Document page = http().html("/search?q=" + Http.encode("持续学习"));
        Element jeff = page.select(".facet a").stream()
                .filter(link -> link.text().startsWith("Jeff Dean")).findFirst().orElseThrow();
        String count = jeff.selectFirst(".count").text();
        Document narrowed = http().html(jeff.attr("href"));
        assertThat(narrowed.select(".hit")).hasSize(Integer.parseInt(count));
        assertThat(narrowed.select(".hit .speaker-name").eachText()).containsOnly("Jeff Dean");
        Element remove = narrowed.selectFirst(".active-filters a");
        assertThat(remove.text()).contains("Jeff Dean");
        assertThat(http().html(remove.attr("href")).select(".hit")).hasSameSizeAs(page.select(".hit"));
    }

    @Test
    void manyHitsArePagedWithLinksBothWays() {
        Document first = http().html("/search?q=" + Http.encode("模型"));
        assertThat(first.select(".hit")).hasSize(20);
        Element next = first.selectFirst(".pagination a[rel=next]");
        Document second = http().html(next.attr("href"));
        assertThat(second.select(".hit")).isNotEmpty();
        assertThat(second.select(".hit a.permalink").eachAttr("href"))
                .doesNotContainAnyElementsOf(first.select(".hit a.permalink").eachAttr("href"));
        assertThat(second.selectFirst(".pagination a[rel=prev]")).isNotNull();
    }

    @Test
    void noHitsExplainHowToBroadenTheSearch() {
        Document page = http().html("/search?q=" + Http.encode("量子纠缠") + "&speaker=jeff-dean");
        assertThat(page.select(".hit")).isEmpty();
        assertThat(page.selectFirst(".no-hits").text()).contains("量子纠缠");
        assertThat(page.select(".no-hits a").eachAttr("href")).contains("/search?q=%E9%87%8F%E5%AD%90%E7%BA%A0%E7%BC%A0");
    }

    @Test
    void malformedSearchesStillGiveAPage() {
        for (String q : new String[] {"AND", "\"unclosed", "(((", "*", "x".repeat(2000)}) {
            assertThat(http().get("/search?q=" + Http.encode(q) + "&page=-3&size=abc").statusCode()).as(q).isEqualTo(200);
        }
    }

    @Test
    void anEmptySearchShowsHowToSearch() {
        Document page = http().html("/search");
        assertThat(page.select(".hit")).isEmpty();
        assertThat(page.selectFirst(".search-tips").text()).contains("speaker:布尔若");
    }
}
