package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The interview page's topic chips and tags, its key terms, and its two strips. */
class InterviewTopicsAndStripsTest extends SeedArchiveTest {

    private static final String ARTICLE = "2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void topicChipsFilterThePageToTheTaggedQuotes() {
        Document page = http().html("/interviews/" + ARTICLE);
        Element distillation = page.select("a.topic-chip").stream()
                .filter(chip -> chip.text().startsWith("蒸馏")).findFirst().orElseThrow();
        assertThat(distillation.selectFirst(".count").text()).isEqualTo("5");
        Document filtered = http().html(distillation.attr("href"));
        assertThat(filtered.select(".transcript .quote")).hasSize(5);
        for (Element quote : filtered.select(".transcript .quote")) {
            assertThat(quote.select(".tags a").eachText()).contains("蒸馏");
            assertThat(quote.selectFirst(".text").text()).contains("蒸馏");
        }
        assertThat(filtered.selectFirst(".result-count").text()).contains("显示 148 条中的 5 条");
    }

    @Test
    void keyTermsLinkToASearchWithinTheInterview() {
        List<String> links = http().html("/interviews/" + ARTICLE).select(".key-terms a").eachAttr("href");
        assertThat(links).hasSize(10).allMatch(link -> link.startsWith("/search?q=") && link.endsWith("&interview=" + ARTICLE));
    }

    @Test
    void theSpeakerStripHasOneMarkPerTurnInTheSpeakersColour() {
        for (JsonNode interview : http().json("/api/interviews")) {
            String slug = interview.get("slug").asString();
            Document page = http().html("/interviews/" + slug);
            int turns = 0;
            Map<String, String> colourOf = new HashMap<>();
            for (Element participant : page.select(".interview-header .participants li")) {
                colourOf.put(participant.selectFirst("a").text(), participant.className());
            }
            for (JsonNode speaker : interview.get("speakers")) {
                turns += speaker.get("turns").asInt();
            }
            List<Element> marks = page.select(".strips svg:not(.topic-strip) a.strip-mark");
            int unattributedTurns = (int) http().json("/api/interviews/" + slug).get("quotes").valueStream()
                    .filter(quote -> quote.get("speaker").isNull()).map(quote -> quote.get("turn").asInt()).distinct().count();
            assertThat(marks).as(slug).hasSize(turns + unattributedTurns);
            for (Element mark : marks) {
                String id = mark.attr("href").substring(mark.attr("href").indexOf("#q-") + 1);
                Element quote = page.getElementById(id);
                assertThat(quote).as("%s links to a quote on the page", mark.attr("href")).isNotNull();
                String speaker = quote.select(".speaker a:not(.time)").text();
                if (!speaker.isEmpty()) {
                    assertThat(mark.selectFirst("rect").className()).isEqualTo(colourOf.get(speaker));
                }
            }
            assertThat(page.selectFirst(".strips svg title").text()).isNotBlank();
        }
    }

    @Test
    void theTopicStripMarksWhereTheChosenTopicOccurs() {
        Document page = http().html("/interviews/" + ARTICLE + "?topic=distillation");
        List<Element> marks = page.select("svg.topic-strip a.strip-mark");
        assertThat(marks).hasSize(5);
        assertThat(marks.stream().map(mark -> mark.attr("href")).toList())
                .containsExactlyElementsOf(page.select(".transcript .quote").eachAttr("id").stream().map(id -> "#" + id).toList());
        assertThat(http().html("/interviews/" + ARTICLE).select("svg.topic-strip")).isEmpty();
    }

    @Test
    void topicPagesListTermsAndGatherAQuotesAcrossInterviews() {
        Document topics = http().html("/topics");
        assertThat(topics.select(".topic-list a").eachAttr("href")).contains("/topics/distillation", "/topics/continual-learning");
        Document continual = http().html("/topics/continual-learning");
        assertThat(continual.select(".speaker-interview")).hasSizeGreaterThanOrEqualTo(3);
        Element jeff = continual.select(".chip").stream().filter(chip -> chip.text().startsWith("Jeff Dean")).findFirst().orElseThrow();
        Document byJeff = http().html(jeff.attr("href"));
        assertThat(byJeff.select(".quote-card .speaker-name").eachText()).isNotEmpty().containsOnly("Jeff Dean");
        assertThat(http().get("/topics/no-such-topic").statusCode()).isEqualTo(404);
    }

    @Test
    void aSpeakersPageShowsTheTopicsTheyTalkAboutMost() {
        Document jeff = http().html("/speakers/jeff-dean");
        assertThat(jeff.select(".top-topics a").eachAttr("href")).isNotEmpty()
                .allMatch(href -> href.startsWith("/topics/") && href.endsWith("speaker=jeff-dean"));
    }
}
