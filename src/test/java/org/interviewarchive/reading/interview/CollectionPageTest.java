package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home page: every interview with what it is, the speakers, and a way to search. */
class CollectionPageTest extends SeedArchiveTest {

    @Test
    void everyInterviewIsListedNewestFirstWithDateSourceSpeakersAndQuoteCount() {
        Document page = http().html("/");

        assertThat(page.select(".interview-item h3 a").eachAttr("href")).containsExactly(
                "/interviews/2025-12-22-gemini-leads-pro-distills-flash",
                "/interviews/2025-12-18-sebastian-borgeaud-gemini-3-pretraining",
                "/interviews/2024-12-23-oriol-vinyals-drastic-research",
                "/interviews/best-partners-gemini-3-pretraining-borgeaud",
                "/interviews/release-notes-koray-kavukcuoglu-how-we-build-agi");
        Element first = page.selectFirst(".interview-item");
        assertThat(first.selectFirst("h3").text()).startsWith("Gemini负责人");
        assertThat(first.selectFirst("time").attr("datetime")).isEqualTo("2025-12-22");
        assertThat(first.selectFirst(".source").text()).isEqualTo("51CTO技术栈");
        assertThat(first.selectFirst(".count").text()).isEqualTo("148 条引语");
        assertThat(first.select(".participant").eachText())
                .containsExactly("Logan Kilpatrick 主持人", "Jeff Dean 嘉宾", "Oriol Vinyals 嘉宾", "Noam Shazeer 嘉宾");
        assertThat(first.select(".participant a").eachAttr("href")).first().isEqualTo("/speakers/logan-kilpatrick");
    }

    @Test
    void theSpeakersAreListedWithTheirQuoteCounts() {
        Document page = http().html("/");

        assertThat(page.select(".speaker-list li").eachText())
                .contains("Jeff Dean 48 条引语", "Logan Kilpatrick 79 条引语", "Sebastian Borgeaud 46 条引语");
    }

    @Test
    void theSearchBoxesAskForQuotesWithAPlainGet() {
        Document page = http().html("/");

        assertThat(page.select("form[role=search]")).hasSize(2).allSatisfy(form -> {
            assertThat(form.attr("action")).isEqualTo("/search");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.select("input[type=search][name=q]")).hasSize(1);
            assertThat(form.selectFirst("label").attr("for")).isEqualTo(form.selectFirst("input").id());
        });
    }
}
