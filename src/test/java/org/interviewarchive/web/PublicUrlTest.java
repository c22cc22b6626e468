package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy, {@code archive.public-url} is the address in canonical links, link previews, citations, feeds, the
 * sitemap and robots.txt.
 */
class PublicUrlTest {

    private static final String PUBLIC = "https://archive.example.org";
    private static RunningArchive archive;

    @BeforeAll
    static void start() {
        archive = RunningArchive.start(TestArchives.newDataDir("public-url"),
                List.of(Path.of("seeds/002_87b538c333257a85.txt")), "archive.public-url=" + PUBLIC + "/");
    }

    @AfterAll
    static void stop() {
        archive.close();
    }

    @Test
    void aQuotePageNamesItselfOnThePublicAddress() {
        Http http = archive.http();
        String id = http.json("/api/interviews/best-partners-gemini-3-pretraining-borgeaud").get("quotes").get(0)
                .get("id").asString();
        Document page = http.html("/q/" + id);

        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PUBLIC + "/q/" + id);
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(PUBLIC + "/q/" + id);
        assertThat(page.selectFirst("[data-style=gbt] .citation-text").text()).endsWith(" " + PUBLIC + "/q/" + id + ".");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(PUBLIC + "/q/" + id + "/card.png");
    }

    @Test
    void everyPageUsesIt() {
        Http http = archive.http();

        assertThat(http.html("/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PUBLIC + "/");
        assertThat(http.html("/interviews/best-partners-gemini-3-pretraining-borgeaud")
                .selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(PUBLIC + "/interviews/best-partners-gemini-3-pretraining-borgeaud");
        assertThat(http.get("/interviews/best-partners-gemini-3-pretraining-borgeaud/cite.ris").body())
                .contains("UR  - " + PUBLIC + "/interviews/best-partners-gemini-3-pretraining-borgeaud\n");
        assertThat(http.get("/feed.atom").body()).contains("href=\"" + PUBLIC + "/feed.atom\"")
                .contains("href=\"" + PUBLIC + "/interviews/best-partners-gemini-3-pretraining-borgeaud\"");
        assertThat(http.get("/sitemap.xml").body()).contains("<loc>" + PUBLIC + "/sitemaps/quotes-1.xml</loc>");
        assertThat(http.get("/robots.txt").body()).contains("Sitemap: " + PUBLIC + "/sitemap.xml");
    }
}
