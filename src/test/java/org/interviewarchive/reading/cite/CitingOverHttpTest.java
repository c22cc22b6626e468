package org.interviewarchive.reading.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a reader gets to cite the seeds: every style on quote and interview pages in the interface language, the
 * quote with its citation to copy, and files that parse, for one quote, one interview and a page of search results.
 */
class CitingOverHttpTest extends SeedArchiveTest {

    private static final String KORAY = "release-notes-koray-kavukcuoglu-how-we-build-agi";
    private static final String BEST_PARTNERS = "best-partners-gemini-3-pretraining-borgeaud";
    private static final String NOTES = "2025-12-18-sebastian-borgeaud-gemini-3-pretraining";
    private static final String PRO_FLASH = "2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void aQuotePageShowsEveryStyleInTheReadersLanguage() {
        JsonNode quote = quote(KORAY, "DIRECT", "koray-kavukcuoglu");
        String id = quote.get("id").asString();
        String title = "科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”";

        Document chinese = http().html("/q/" + id + "?lang=zh");
        assertThat(chinese.select(".citation-style").eachAttr("data-style")).containsExactly("gbt", "apa", "chicago", "mla");
        assertThat(style(chinese, "gbt")).isEqualTo("KAVUKCUOGLU K. " + title + ": 原话为英语；采访者：Logan Kilpatrick[EB/OL]. "
                + "Google AI: Release Notes[" + today() + "]. " + url("/q/" + id) + ".");

        Document english = http().html("/q/" + id + "?lang=en");
        assertThat(style(english, "apa")).isEqualTo("Kavukcuoglu, K. (n.d.). " + title
                + " [Spoken in English; Interview by Logan Kilpatrick]. Google AI: Release Notes. Retrieved "
                + today().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + today().getDayOfMonth() + ", " + today().getYear() + ", from " + url("/q/" + id));
        assertThat(english.selectFirst("[data-style=apa] .citation-text i").text()).isEqualTo(title);
        assertThat(english.selectFirst("[data-style=mla] .citation-text i").text()).isEqualTo("Google AI: Release Notes");
    }

    @Test
    void theQuoteToCopyIsTheWordsAsSpokenWithTheTranslationMarked() {
        JsonNode quote = quote(KORAY, "DIRECT", "koray-kavukcuoglu");
        Document page = http().html("/q/" + quote.get("id").asString() + "?lang=zh");

        List<String> lines = page.selectFirst("textarea.quote-with-citation").wholeText().lines().toList();
        assertThat(lines.get(0)).isEqualTo("“" + quote.get("translation").asString() + "”");
        assertThat(lines.get(1)).isEqualTo("中文译文：“" + quote.get("text").asString() + "”");
        assertThat(lines.get(2)).isEqualTo(style(page, "gbt"));
        Element button = page.selectFirst("button[data-copy-from=quote-with-citation]");
        assertThat(button.hasAttr("hidden")).as("shown by the script only").isTrue();
        String script = page.select("script[src*=copy-citation]").attr("src");
        assertThat(script).matches("/assets/js/copy-citation-[0-9a-f]{32}\\.js");
        assertThat(http().get(script).statusCode()).isEqualTo(200);
    }

    @Test
    void aRetellingIsCitedAsTheNarratorsAboutThePerson() {
        JsonNode quote = quote(BEST_PARTNERS, "REPORTED", "sebastian-borgeaud");
        Document page = http().html("/q/" + quote.get("id").asString() + "?lang=en");

        assertEveryStyle(page, "最佳拍档.", "Sebastian Borgeaud's views as retold by 最佳拍档");
        String bib = http().get("/q/" + quote.get("id").asString() + "/cite.bib").body();
        assertThat(CitationFileParsers.bibtex(bib).getFirst().fields()).containsEntry("author", "{最佳拍档}");
    }

    @Test
    void notesAreCitedAsTheirSourcesAndNeverThePersons() {
        JsonNode quote = quote(NOTES, "SUMMARY", "sebastian-borgeaud");
        Document page = http().html("/q/" + quote.get("id").asString() + "?lang=zh");

        assertEveryStyle(page, "Crazy Podcast.", "关于Sebastian Borgeaud观点的笔记摘要");
        JsonNode csl = CitationFileParsers.cslJson(http().get("/q/" + quote.get("id").asString() + "/cite.json").body());
        assertThat(csl.get(0).get("author").toString()).isEqualTo("[{\"literal\":\"Crazy Podcast\"}]");
    }

    @Test
    void aQuotesFilesDownloadAndParse() {
        String id = quote(PRO_FLASH, "DIRECT", "jeff-dean").get("id").asString();
        Document page = http().html("/q/" + id);
        assertThat(page.select(".citations .citation-downloads a").eachAttr("href"))
                .containsExactly("/q/" + id + "/cite.bib", "/q/" + id + "/cite.ris", "/q/" + id + "/cite.json");

        HttpResponse<String> bib = http().get("/q/" + id + "/cite.bib");
        assertThat(bib.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-bibtex");
        assertThat(bib.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(CitationFileParsers.bibtex(bib.body()).getFirst().fields())
                .containsEntry("author", "Dean, Jeff").containsEntry("date", "2025-12-22")
                .containsEntry("howpublished", "51CTO技术栈").containsEntry("url", url("/q/" + id));
        List<List<String[]>> ris = CitationFileParsers.ris(http().get("/q/" + id + "/cite.ris").body());
        assertThat(ris).hasSize(1);
        JsonNode csl = CitationFileParsers.cslJson(http().get("/q/" + id + "/cite.json").body());
        assertThat(csl.get(0).get("URL").asString()).isEqualTo(url("/q/" + id));
        assertThat(http().get("/q/" + id + "/cite.doc").statusCode()).isEqualTo(404);
        assertThat(http().get("/q/nosuchquot/cite.bib").statusCode()).isEqualTo(404);
    }

    @Test
    void anInterviewIsCitedAsItsGuestsInterviewedByItsHost() {
        Document page = http().html("/interviews/" + PRO_FLASH + "?lang=en");

        assertThat(style(page, "chicago")).startsWith("Dean, Jeff, Oriol Vinyals, and Noam Shazeer. “Gemini负责人")
                .contains("Interview by Logan Kilpatrick. 51CTO技术栈, December 22, 2025.");
        List<CitationFileParsers.BibEntry> bib = CitationFileParsers.bibtex(
                http().get("/interviews/" + PRO_FLASH + "/cite.bib").body());
        assertThat(bib).singleElement().satisfies(entry -> assertThat(entry.key()).isEqualTo(PRO_FLASH));
        assertThat(style(http().html("/interviews/" + BEST_PARTNERS), "gbt")).startsWith("最佳拍档. ");
    }

    @Test
    void notesOfAnInterviewAreCitedAsTheirSourcesAboutTheGuest() {
        assertEveryStyle(http().html("/interviews/" + NOTES + "?lang=en"), "Crazy Podcast.",
                "Notes on the views of Sebastian Borgeaud");
        JsonNode csl = CitationFileParsers.cslJson(http().get("/interviews/" + NOTES + "/cite.json").body());
        assertThat(csl.get(0).get("type").asString()).isEqualTo("webpage");
        assertThat(csl.get(0).get("author").toString()).isEqualTo("[{\"literal\":\"Crazy Podcast\"}]");
    }

    @Test
    void aSearchsResultsDownloadAsOneEntryPerHit() {
        Document page = http().html("/search?q=%E8%92%B8%E9%A6%8F&speaker=jeff-dean");
        List<String> links = page.select(".citation-downloads a").eachAttr("href");
        assertThat(links).hasSize(3).allMatch(link -> link.startsWith("/search/cite."));
        int hits = http().json("/api/search?q=%E8%92%B8%E9%A6%8F&speaker=jeff-dean").get("hits").size();

        List<List<String[]>> ris = CitationFileParsers.ris(http().get(links.get(1)).body());
        assertThat(ris).hasSize(hits);
        assertThat(ris).allSatisfy(record -> assertThat(record).anySatisfy(line ->
                assertThat(line).containsExactly("AU", "Dean, Jeff")));
    }

    /** Every style names the author given and says what the text is, and none makes Borgeaud its author. */
    private static void assertEveryStyle(Document page, String author, String note) {
        assertThat(page.select(".citation-style .citation-text")).hasSize(4).allSatisfy(style ->
                assertThat(style.text()).startsWith(author).contains(note)
                        .doesNotContain("Borgeaud, S").doesNotContain("BORGEAUD"));
    }

    private JsonNode quote(String interview, String kind, String speaker) {
        for (JsonNode quote : http().json("/api/interviews/" + interview).get("quotes")) {
            if (quote.get("kind").asString().equals(kind) && quote.hasNonNull("speaker")
                    && quote.get("speaker").get("slug").asString().equals(speaker)) {
                return quote;
            }
        }
        throw new AssertionError("no " + kind + " quote of " + speaker + " in " + interview);
    }

    private static String style(Document page, String id) {
        return page.selectFirst("[data-style=" + id + "] .citation-text").text();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
