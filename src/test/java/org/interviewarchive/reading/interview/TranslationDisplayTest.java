package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A bilingual interview shows both languages, or either one, and keeps the reader's choice while they browse. */
class TranslationDisplayTest extends SeedArchiveTest {

    private static final String PAGE = "/interviews/release-notes-koray-kavukcuoglu-how-we-build-agi";

    @Test
    void bothLanguagesShowByDefaultEachMarkedWithItsLanguage() {
        Document page = http().html(PAGE);
        Element first = page.selectFirst(".transcript .quote");

        assertThat(first.selectFirst(".text").attr("lang")).isEqualTo("zh");
        assertThat(first.selectFirst(".text").text()).startsWith("双子座三号");
        assertThat(first.selectFirst(".translation").attr("lang")).isEqualTo("en");
        assertThat(first.selectFirst(".translation").text()).startsWith("Gemini three, we're sitting here.");
        assertThat(page.select(".chip.selected").eachText()).containsExactly("双语对照");
    }

    @Test
    void theReaderCanShowOnlyOneLanguage() {
        Document original = http().html(PAGE + "?show=original");
        Document translation = http().html(PAGE + "?show=translation");

        assertThat(original.select(".transcript .translation")).isEmpty();
        assertThat(original.selectFirst(".transcript .quote .text").text()).startsWith("双子座三号");
        assertThat(translation.select(".transcript .translation")).isEmpty();
        assertThat(translation.selectFirst(".transcript .quote .text").attr("lang")).isEqualTo("en");
        assertThat(translation.selectFirst(".transcript .quote .text").text()).startsWith("Gemini three");
        assertThat(translation.select(".chip.selected").eachText()).containsExactly("只看英文");
        assertThat(original.select(".transcript .quote")).hasSameSizeAs(translation.select(".transcript .quote"));
    }

    @Test
    void theChoiceIsKeptInEveryLinkThatStaysOnThePage() {
        Document page = http().html(PAGE + "?show=translation&speaker=koray-kavukcuoglu");

        assertThat(page.select(".chip[class*=speaker-c]").eachAttr("href")).allSatisfy(href -> assertThat(href).contains("show=translation"));
        assertThat(page.select("#contents a.filter-link").eachAttr("href")).allSatisfy(href -> assertThat(href).contains("show=translation"));
        assertThat(page.selectFirst(".active-filter a.remove").attr("href")).isEqualTo(PAGE + "?show=translation");
        assertThat(page.selectFirst(".quote a.in-place").attr("href")).startsWith(PAGE + "?show=translation#q-");
        assertThat(page.select(".chip").stream().filter(chip -> chip.text().equals("双语对照")).findFirst().orElseThrow()
                .attr("href")).isEqualTo(PAGE + "?speaker=koray-kavukcuoglu");
    }

    @Test
    void anInterviewWithoutTranslationsOffersNoChoice() {
        Document page = http().html("/interviews/2025-12-22-gemini-leads-pro-distills-flash?show=translation");

        assertThat(page.select(".chip").eachText()).noneMatch(text -> text.startsWith("只看"));
        assertThat(page.select(".chip").eachAttr("href")).noneMatch(href -> href.contains("show="));
    }
}
