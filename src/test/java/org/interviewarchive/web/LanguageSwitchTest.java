package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The interface is Chinese by default; ?lang=en switches it to English, and a cookie keeps the choice. */
class LanguageSwitchTest extends SeedArchiveTest {

    private static final String PAGE = "/interviews/2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void theInterfaceIsChineseByDefaultWhateverTheBrowserPrefers() {
        Document page = Jsoup.parse(http().get("/", "Accept-Language", "en-US,en;q=0.9").body());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("h1").text()).isEqualTo("访谈档案");
        assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("跳到正文");
        assertThat(page.selectFirst("a.language-switch").text()).isEqualTo("English");
        assertThat(page.selectFirst("a.language-switch").attr("href")).isEqualTo("/?lang=en");
    }

    @Test
    void langEnSwitchesTheInterfaceAndSetsACookie() {
        HttpResponse<String> response = http().get(PAGE + "?speaker=jeff-dean&lang=en");
        Document page = Jsoup.parse(response.body());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("Skip to content");
        assertThat(page.selectFirst("#contents-heading").text()).isEqualTo("Contents");
        assertThat(page.selectFirst(".result-count").text()).contains("48 of 148 quotes");
        assertThat(page.selectFirst("h1").text()).startsWith("Gemini负责人").as("transcripts are never translated");
        assertThat(page.selectFirst("a.language-switch").text()).isEqualTo("中文");
        assertThat(page.selectFirst("a.language-switch").attr("href")).isEqualTo(PAGE + "?speaker=jeff-dean&lang=zh");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("archive-lang=en;").contains("Path=/").contains("SameSite=Lax"));
    }

    @Test
    void theCookieKeepsEnglishOnLaterPagesUntilTheReaderSwitchesBack() {
        String cookie = http().get("/?lang=en").headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("archive-lang=")).findFirst().orElseThrow().split(";")[0];

        Document later = Jsoup.parse(http().get("/speakers", "Cookie", cookie).body());
        assertThat(later.selectFirst("h1").text()).isEqualTo("Speakers");
        assertThat(later.selectFirst("html").attr("lang")).isEqualTo("en");

        HttpResponse<String> back = http().get("/speakers?lang=zh", "Cookie", cookie);
        assertThat(Jsoup.parse(back.body()).selectFirst("h1").text()).isEqualTo("发言人");
        assertThat(back.headers().allValues("Set-Cookie")).anySatisfy(header -> assertThat(header).startsWith("archive-lang=zh-CN;"));
    }

    @Test
    void anUnknownOrMalformedLanguageFallsBackToChinese() {
        for (String lang : new String[] {"fr", "%3Cscript%3E", "x_y_z_w"}) {
            HttpResponse<String> response = http().get("/?lang=" + lang);

            assertThat(response.statusCode()).as(lang).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang")).as(lang).isEqualTo("zh-CN");
        }
    }

    @Test
    void errorPagesSpeakTheReadersLanguageToo() {
        Document page = Jsoup.parse(http().get("/q/0000000000?lang=en").body());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.selectFirst("main button").text()).isEqualTo("Search");
    }
}
