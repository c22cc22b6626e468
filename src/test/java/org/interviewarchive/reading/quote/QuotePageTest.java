package org.interviewarchive.reading.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shareable page of one quote: the quote, where it comes from, its neighbours, and how to cite and share it. */
class QuotePageTest extends SeedArchiveTest {

    private static final String SLUG = "release-notes-koray-kavukcuoglu-how-we-build-agi";

    private JsonNode quotes;

    @BeforeEach
    void quotes() {
        quotes = http().json("/api/interviews/" + SLUG).get("quotes");
    }

    @Test
    void theQuoteShowsLargeWithItsTranslationSpeakerInterviewAndSection() {
        JsonNode quote = quotes.get(1);
        Document page = http().html("/q/" + id(quote));

        assertThat(page.selectFirst(".quote-main .text").text()).isEqualTo(quote.get("text").asString());
        assertThat(page.selectFirst(".quote-main .translation").text()).isEqualTo(quote.get("translation").asString());
        assertThat(page.selectFirst(".quote-main .translation").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst(".quote-main figcaption a").attr("href")).isEqualTo("/speakers/koray-kavukcuoglu");
        assertThat(page.select(".facts a").eachAttr("href")).contains("/interviews/" + SLUG, "/interviews/" + SLUG + "?topic=%E5%BC%80%E5%9C%BA");
        assertThat(page.select(".facts dd").eachText()).contains("开场", "Google AI: Release Notes");
        assertThat(page.selectFirst("a.in-place").attr("href")).isEqualTo("/interviews/" + SLUG + "#q-" + id(quote));
    }

    @Test
    void relatedQuotesFromOtherInterviewsLinkToTheirPages() {
        JsonNode continual = http().json("/api/search?q=%E6%8C%81%E7%BB%AD%E5%AD%A6%E4%B9%A0&interview=" + SLUG)
                .get("hits").get(0).get("quote");
        Document page = http().html("/q/" + id(continual));
        var related = page.select(".related .context-quote");
        assertThat(related).hasSizeBetween(1, 5);
        assertThat(related.select("h3 a").eachAttr("href")).doesNotContain("/interviews/" + SLUG);
        assertThat(related.select("a.permalink").eachAttr("href")).allMatch(href -> href.matches("/q/[0-9a-z]{10}"));
    }

    @Test
    void theHeadCarriesCanonicalOpenGraphAndTwitterTags() {
        JsonNode quote = quotes.get(1);
        String permalink = http().url("/q/" + id(quote));
        Document page = http().html("/q/" + id(quote) + "?lang=zh");

        String title = "Koray Kavukcuoglu — 科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”";
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(permalink);
        assertThat(meta(page, "property", "og:url")).isEqualTo(permalink);
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:title")).isEqualTo(title);
        assertThat(meta(page, "property", "og:description")).isEqualTo(quote.get("text").asString());
        assertThat(meta(page, "name", "twitter:title")).isEqualTo(title);
        assertThat(meta(page, "name", "description")).isEqualTo(quote.get("text").asString());
        assertThat(page.title()).isEqualTo(title + " · 访谈档案");
    }

    @Test
    void aLongQuoteIsShortenedToAbout160CharactersInPreviews() {
        JsonNode longest = null;
        for (JsonNode quote : http().json("/api/interviews/2024-12-23-oriol-vinyals-drastic-research").get("quotes")) {
            if (longest == null || quote.get("text").asString().length() > longest.get("text").asString().length()) {
                longest = quote;
            }
        }
        String description = meta(http().html("/q/" + id(longest)), "property", "og:description");

        assertThat(longest.get("text").asString().length()).isGreaterThan(160);
        assertThat(description.codePointCount(0, description.length())).isEqualTo(160);
        assertThat(description).endsWith("…");
        assertThat(longest.get("text").asString()).startsWith(description.substring(0, 100));
    }

    @Test
    void theQuotesBeforeAndAfterGiveContext() {
        Document middle = http().html("/q/" + id(quotes.get(1)));
        Document first = http().html("/q/" + id(quotes.get(0)));

        assertThat(middle.select(".context .quote-card blockquote p:not(.translation)").eachText())
                .containsExactly(quotes.get(0).get("text").asString(), quotes.get(2).get("text").asString());
        assertThat(middle.select(".context .quote-card a.permalink").eachAttr("href"))
                .containsExactly("/q/" + id(quotes.get(0)), "/q/" + id(quotes.get(2)));
        assertThat(first.select(".context h3").eachText()).containsExactly("下一条");
    }

    @Test
    void aCopyLinkThatWorksWithoutScript() {
        JsonNode quote = quotes.get(1);
        String permalink = http().url("/q/" + id(quote));
        Document page = http().html("/q/" + id(quote));

        assertThat(page.selectFirst("a.copy-link").attr("href")).isEqualTo(permalink);
        assertThat(page.selectFirst("a.copy-link").attr("data-copy")).isEqualTo(permalink);
        assertThat(page.select("script").eachAttr("src")).satisfiesExactly(
                src -> assertThat(src).matches("/assets/js/copy-link-[0-9a-f]{32}\\.js"),
                src -> assertThat(src).matches("/assets/js/copy-citation-[0-9a-f]{32}\\.js"));
        assertThat(http().get(page.select("script").attr("src")).statusCode()).isEqualTo(200);
    }

    private static String id(JsonNode quote) {
        return quote.get("id").asString();
    }

    private static String meta(Document page, String attribute, String name) {
        return page.selectFirst("meta[" + attribute + "=" + name + "]").attr("content");
    }
}
