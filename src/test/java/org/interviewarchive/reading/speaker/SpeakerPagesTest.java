package org.interviewarchive.reading.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every speaker, and one speaker's quotes across the interviews they take part in. */
class SpeakerPagesTest extends SeedArchiveTest {

    @Test
    void theSpeakersPageListsEveryoneWithAliasesDescriptionsInterviewsAndCounts() {
        Document page = http().html("/speakers");

        assertThat(page.select(".profile h2").eachText()).hasSize(http().json("/api/speakers").size())
                .contains("Jeff Dean", "Sebastian Borgeaud", "最佳拍档");
        Element sebastian = profile(page, "Sebastian Borgeaud");
        assertThat(sebastian.selectFirst(".aliases").text()).contains("Sebastian Boro", "布尔若");
        assertThat(sebastian.selectFirst(".count").text()).isEqualTo("46 条引语");
        assertThat(sebastian.select(".appearances a").eachAttr("href")).containsExactlyInAnyOrder(
                "/interviews/2025-12-18-sebastian-borgeaud-gemini-3-pretraining",
                "/interviews/best-partners-gemini-3-pretraining-borgeaud");
        assertThat(profile(page, "Jeff Dean").selectFirst(".description").text()).startsWith("Chief Scientist");
    }

    @Test
    void aSpeakersPageGroupsTheirQuotesByInterviewNewestFirst() {
        Document page = http().html("/speakers/logan-kilpatrick");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Logan Kilpatrick");
        List<Element> groups = page.select("section.speaker-interview");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).selectFirst("h2 a").attr("href"))
                .isEqualTo("/interviews/2025-12-22-gemini-leads-pro-distills-flash?speaker=logan-kilpatrick");
        assertThat(groups.get(0).select(".quote-card")).hasSize(32);
        // The page holds 50 quotes; the second interview's other 29 are on the next page.
        assertThat(groups.get(1).select(".quote-card")).hasSize(18);
        assertThat(page.select(".quote-card .speaker-name").eachText()).containsOnly("Logan Kilpatrick");
        assertThat(page.select(".quote-card a.permalink").eachAttr("href")).allMatch(href -> href.matches("/q/[0-9a-z]{10}"));
        assertThat(page.select(".contents a").eachAttr("href")).containsExactly(
                groups.get(0).selectFirst("h2 a").attr("href"), groups.get(1).selectFirst("h2 a").attr("href"));
    }

    @Test
    void reportedSpeechIsMarkedAsReported() {
        Document page = http().html("/speakers/sebastian-borgeaud");

        assertThat(page.select(".quote-card .kind").eachText()).contains("转述", "摘要");
    }

    private static Element profile(Document page, String name) {
        return page.select(".profile").stream().filter(p -> p.selectFirst("h2").text().equals(name)).findFirst().orElseThrow();
    }
}
