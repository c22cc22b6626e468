package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Narrowing an interview to speakers and topics: what is shown, how much, and how to undo it. */
class InterviewFilterTest extends SeedArchiveTest {

    private static final String SLUG = "2025-12-22-gemini-leads-pro-distills-flash";
    private static final String PAGE = "/interviews/" + SLUG;

    @Test
    void aSpeakerFilterShowsOnlyThatSpeakersQuotesAndSaysHowMany() {
        Document page = http().html(PAGE + "?speaker=jeff-dean");

        assertThat(page.select(".transcript .quote")).hasSize(48);
        assertThat(page.select(".transcript .quote").stream().map(Element::classNames))
                .allSatisfy(classes -> assertThat(classes).contains("speaker-c1"));
        assertThat(page.select(".transcript .quote .speaker").eachText()).hasSize(13).containsOnly("Jeff Dean");
        assertThat(page.selectFirst(".result-count").text()).contains("显示 148 条中的 48 条");
        assertThat(page.select(".active-filter").eachText()).containsExactly("发言人 Jeff Dean ×");
    }

    @Test
    void aSpeakerIsFoundByAnyNameSearchTakesForThem() {
        Document bySlug = http().html(PAGE + "?speaker=oriol-vinyals");

        for (String name : new String[] {"Oriol%20Vinyals", "oriol", "Vinyals"}) {
            Document page = http().html(PAGE + "?speaker=" + name);
            assertThat(page.select(".transcript .quote")).as(name).hasSize(46);
            assertThat(page.select(".active-filter").eachText()).as(name).containsExactly("发言人 Oriol Vinyals ×");
        }
        assertThat(bySlug.select(".transcript .quote")).hasSize(46);
    }

    @Test
    void eachFilteredQuoteLinksToItsPlaceInTheWholeInterview() {
        Document page = http().html(PAGE + "?speaker=noam-shazeer");

        for (Element quote : page.select(".transcript .quote")) {
            assertThat(quote.selectFirst("a.in-place").attr("href")).isEqualTo(PAGE + "#" + quote.id());
            assertThat(quote.selectFirst("a.permalink").attr("href")).isEqualTo("/q/" + quote.id().substring(2));
        }
        assertThat(page.select(".transcript .quote")).hasSize(22);
    }

    @Test
    void severalSpeakersAddUpAndEachCanBeRemovedAlone() {
        Document page = http().html(PAGE + "?speaker=jeff-dean&speaker=Oriol%20Vinyals");

        assertThat(page.select(".transcript .quote")).hasSize(48 + 46);
        assertThat(page.selectFirst(".result-count").text()).contains("显示 148 条中的 94 条");
        assertThat(page.select(".chip.selected").eachText()).containsExactly("Jeff Dean 48", "Oriol Vinyals 46");

        Element removeJeff = removeLink(page, "Jeff Dean");
        assertThat(removeJeff.attr("href")).isEqualTo(PAGE + "?speaker=Oriol+Vinyals");
        assertThat(http().html(removeJeff.attr("href")).select(".transcript .quote")).hasSize(46);
        assertThat(page.selectFirst("a.clear").attr("href")).isEqualTo(PAGE);
    }

    @Test
    void aSpeakerChipAddsThatSpeakerToTheFilterAndASelectedChipTakesThemOut() {
        Document page = http().html(PAGE + "?speaker=jeff-dean");

        Element noam = page.select(".chip").stream().filter(chip -> chip.text().startsWith("Noam Shazeer")).findFirst().orElseThrow();
        Element jeff = page.select(".chip").stream().filter(chip -> chip.text().startsWith("Jeff Dean")).findFirst().orElseThrow();
        assertThat(noam.attr("href")).isEqualTo(PAGE + "?speaker=jeff-dean&speaker=noam-shazeer");
        assertThat(jeff.attr("aria-current")).isEqualTo("true");
        assertThat(jeff.attr("href")).isEqualTo(PAGE);
    }

    @Test
    void aTopicFilterShowsOneSectionByItsSlugOrItsTitle() {
        Document whole = http().html(PAGE);
        Element contentsEntry = whole.select("#contents li").get(2);
        String onlyThisSection = contentsEntry.selectFirst("a.filter-link").attr("href");

        Document bySlug = http().html(onlyThisSection);
        Document byTitle = http().html(PAGE + "?topic=" + Http.encode("目前最大的突破空间在后训练"));

        assertThat(onlyThisSection).isEqualTo(PAGE + "?topic=mu-qian-zui-da-de-tu-po-kong-jian-zai-hou-xun-lian");
        for (Document page : new Document[] {bySlug, byTitle}) {
            assertThat(page.select(".transcript .quote")).hasSize(31);
            assertThat(page.select(".transcript .part-heading > span").eachText()).containsExactly("目前最大的突破空间在后训练");
            assertThat(page.selectFirst(".result-count").text()).contains("显示 148 条中的 31 条");
            assertThat(page.select(".active-filter").eachText()).containsExactly("话题 目前最大的突破空间在后训练 ×");
        }
        assertThat(bySlug.select(".transcript .quote").eachAttr("id")).isEqualTo(byTitle.select(".transcript .quote").eachAttr("id"));
    }

    @Test
    void aTitleWithACommaIsOneTopicNotTwo() {
        String title = "代码、推理和数学已经被“击穿”,下一步是开放式任务";

        Document page = http().html(PAGE + "?topic=" + Http.encode(title));

        assertThat(page.select(".transcript .quote")).hasSize(10);
        assertThat(page.select(".active-filter strong").eachText()).containsExactly(title);
    }

    @Test
    void speakerAndTopicFiltersNarrowTogether() {
        Document page = http().html(PAGE + "?speaker=logan-kilpatrick&topic=mu-qian-zui-da-de-tu-po-kong-jian-zai-hou-xun-lian");

        assertThat(page.select(".transcript .quote .speaker").eachText()).isNotEmpty().containsOnly("Logan Kilpatrick");
        assertThat(page.select(".transcript .part-heading > span").eachText()).containsExactly("目前最大的突破空间在后训练");
        int shown = page.select(".transcript .quote").size();
        assertThat(page.selectFirst(".result-count").text()).contains("显示 148 条中的 " + shown + " 条");
        assertThat(page.select(".active-filter")).hasSize(2);
        // Contents entries whose quotes the filter hides point at the whole interview.
        assertThat(page.select("#contents li").get(0).selectFirst("a").attr("href"))
                .isEqualTo(PAGE + "#s-gemini-de-qi-yuan-google-brain-yu-deepmind-de-rong-he");
    }

    @Test
    void filterTextFromTheUrlIsShownEscapedAndMatchesNothing() {
        String attack = "<script>alert(1)</script>";
        HttpResponse<String> response = http().get(PAGE + "?speaker=" + Http.encode(attack)
                + "&topic=" + Http.encode("\"><img src=x onerror=alert(2)>"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(attack).doesNotContain("<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script")).as("no script but the site's own files")
                .allMatch(script -> script.attr("src").startsWith("/assets/js/") && script.data().isEmpty());
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select(".active-filter strong").eachText()).containsExactly(attack, "\"><img src=x onerror=alert(2)>");
        assertThat(page.select(".active-filter .unknown")).hasSize(2);
        assertThat(page.select(".transcript .quote")).isEmpty();
        assertThat(page.selectFirst(".result-count").text()).contains("显示 148 条中的 0 条");
        assertThat(page.selectFirst(".transcript .empty").text()).isEqualTo("没有符合筛选条件的引语。");
    }

    private static Element removeLink(Document page, String label) {
        return page.select(".active-filter").stream()
                .filter(filter -> filter.selectFirst("strong").text().equals(label))
                .map(filter -> filter.selectFirst("a.remove"))
                .findFirst().orElseThrow();
    }
}
