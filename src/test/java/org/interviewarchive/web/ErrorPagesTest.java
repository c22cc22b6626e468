package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is not there: a 404 page in the site's layout offering a search, or JSON under /api/. */
class ErrorPagesTest extends SeedArchiveTest {

    @ParameterizedTest
    @ValueSource(strings = {"/interviews/no-such-interview", "/q/0000000000", "/speakers/no-such-speaker",
            "/no/such/page", "/interviews/no-such-interview/export.md"})
    void somethingUnknownIsA404PageWithASearchBox(String path) {
        HttpResponse<String> response = http().get(path, "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
        assertThat(page.title()).isEqualTo("页面不存在 · 访谈档案");
        assertThat(page.select("main form[action=/search] input[name=q]")).hasSize(1);
        assertThat(page.select("header form[action=/search]")).hasSize(1);
        assertThat(page.selectFirst("a.language-switch").attr("href")).isEqualTo(path + "?lang=en");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("No interview").doesNotContain("at org.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/interviews/no-such-interview", "/api/quotes/0000000000", "/api/no/such/thing"})
    void theApiAnswersWithJsonEvenToABrowser(String path) {
        HttpResponse<String> response = http().get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http().parse(response.body()).get("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/%3Cscript%3Ealert(1)", "/interviews/%22%3E%3Cimg%20src=x%3E"})
    void aHostileAddressIsNeverEchoedUnescaped(String path) {
        HttpResponse<String> response = http().get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
    }
}
