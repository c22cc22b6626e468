package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The reading view of a whole interview: every quote in order, in place under its heading, with its permalink. */
class InterviewPageTest extends SeedArchiveTest {

    private static final String SLUG = "2025-12-22-gemini-leads-pro-distills-flash";

    @ParameterizedTest
    @ValueSource(strings = {
            "2025-12-22-gemini-leads-pro-distills-flash",
            "2024-12-23-oriol-vinyals-drastic-research",
            "best-partners-gemini-3-pretraining-borgeaud",
            "release-notes-koray-kavukcuoglu-how-we-build-agi",
            "2025-12-18-sebastian-borgeaud-gemini-3-pretraining"})
    void everyQuoteOfTheInterviewHasItsAnchorAndPermalinkInReadingOrder(String slug) {
        JsonNode api = http().json("/api/interviews/" + slug);
        Document page = http().html("/interviews/" + slug);

        List<String> expected = new ArrayList<>();
        api.get("quotes").forEach(quote -> expected.add("q-" + quote.get("id").asString()));
        List<String> anchors = page.select(".transcript .quote").eachAttr("id");

        assertThat(anchors).hasSize(api.get("quoteCount").asInt()).isEqualTo(expected);
        for (Element quote : page.select(".transcript .quote")) {
            assertThat(quote.selectFirst("a.permalink").attr("href")).isEqualTo("/q/" + quote.id().substring(2));
        }
        assertThat(page.select(".quote a.in-place")).as("no in-place links on the whole interview").isEmpty();
    }

    @Test
    void theHeaderShowsTitleDateSourceAndParticipantsWithRoles() {
        Document page = http().html("/interviews/" + SLUG);

        assertThat(page.selectFirst("h1").text()).startsWith("Gemini负责人:Pro的主要作用是蒸馏Flash!");
        assertThat(page.selectFirst(".facts time").attr("datetime")).isEqualTo("2025-12-22");
        assertThat(page.select(".facts dd").eachText()).contains("51CTO技术栈");
        assertThat(page.select(".interview-header .participants li").eachText())
                .containsExactly("Logan Kilpatrick 主持人", "Jeff Dean 嘉宾", "Oriol Vinyals 嘉宾", "Noam Shazeer 嘉宾");
        assertThat(page.title()).isEqualTo(page.selectFirst("h1").text() + " · 访谈档案");
    }

    @Test
    void anInterviewWithASourceUrlLinksToTheOriginalAndItsRecording() {
        Document page = http().html("/interviews/2025-12-18-sebastian-borgeaud-gemini-3-pretraining");

        assertThat(page.select(".facts a[rel~=external]").eachAttr("href"))
                .containsExactly("https://www.bilibili.com/video/BV1sCqqBuESy", "https://www.bilibili.com/video/BV1sCqqBuESy");
    }

    @Test
    void sectionHeadingsStandInPlaceAndTheContentsLinkToThem() {
        Document page = http().html("/interviews/" + SLUG);

        List<String> headings = page.select(".transcript .part-heading > span").eachText();
        assertThat(headings).hasSize(7).first().isEqualTo("Gemini的起源:Google Brain与Deepmind的融合");
        assertThat(headings).last().isEqualTo("总结:多模态进展、超长上下文、通用模型能力提升");
        assertThat(page.select("#contents li > a:not(.filter-link)").eachText()).isEqualTo(headings);
        for (Element link : page.select("#contents li > a:not(.filter-link)")) {
            Element target = page.getElementById(link.attr("href").substring(1));
            assertThat(target).as(link.attr("href")).isNotNull();
            assertThat(target.text()).startsWith(link.text());
        }
        assertThat(page.select(".part-heading a.to-contents").eachAttr("href")).hasSize(7).containsOnly("#contents");
    }

    @Test
    void theSpeakerIsNamedOnceAtTheStartOfEachTurnInTheirColour() {
        JsonNode quotes = http().json("/api/interviews/" + SLUG).get("quotes");
        Document page = http().html("/interviews/" + SLUG);

        List<String> expectedNames = new ArrayList<>();
        int previousTurn = -1;
        String previousSection = null;
        for (JsonNode quote : quotes) {
            int turn = quote.get("turn").asInt();
            String section = quote.get("section").asString();
            if (turn != previousTurn || !section.equals(previousSection)) {
                expectedNames.add(quote.get("speaker").get("name").asString());
            }
            previousTurn = turn;
            previousSection = section;
        }
        assertThat(page.select(".transcript .quote .speaker").eachText()).isEqualTo(expectedNames);

        Element jeffsFirst = page.select(".quote.turn-start").stream()
                .filter(quote -> quote.selectFirst(".speaker").text().equals("Jeff Dean")).findFirst().orElseThrow();
        assertThat(jeffsFirst.classNames()).contains("speaker-c1");
        assertThat(page.select(".quote.speaker-c1 .speaker").eachText()).containsOnly("Jeff Dean");
        assertThat(page.select(".interview-header .participants li.speaker-c1").text()).startsWith("Jeff Dean");
    }

    @Test
    void summariesAndReportedSpeechSayWhatTheyAre() {
        Document notes = http().html("/interviews/2025-12-18-sebastian-borgeaud-gemini-3-pretraining");
        Document narration = http().html("/interviews/best-partners-gemini-3-pretraining-borgeaud");

        assertThat(notes.select(".quote .kind").eachText()).contains("摘要");
        assertThat(notes.select(".quote.speaker-none .speaker").eachText()).containsOnly("摘自 Crazy Podcast 的笔记");
        assertThat(narration.select(".quote .kind").eachText()).contains("转述", "旁白");
    }
}
