package org.interviewarchive.reading.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Search engines find every interview, speaker, topic and quote through /sitemap.xml, and keep out of /admin and /api. */
class SitemapAndRobotsTest extends SeedArchiveTest {

    @Test
    void theIndexNamesASitemapForEachKindOfPage() throws Exception {
        HttpResponse<String> index = http().get("/sitemap.xml");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(SitemapXml.read(index.body(), "sitemapindex", "sitemap")).extracting(SitemapXml.Location::loc)
                .containsExactlyInAnyOrder(url("/sitemaps/interviews-1.xml"), url("/sitemaps/speakers-1.xml"),
                        url("/sitemaps/topics-1.xml"), url("/sitemaps/quotes-1.xml"));
    }

    @Test
    void everyInterviewAndQuoteIsListed() throws Exception {
        JsonNode interviews = http().json("/api/interviews");
        List<String> slugs = StreamSupport.stream(interviews.spliterator(), false)
                .map(interview -> url("/interviews/" + interview.get("slug").asString())).toList();
        int quotes = StreamSupport.stream(interviews.spliterator(), false)
                .mapToInt(interview -> interview.get("quoteCount").asInt()).sum();

        assertThat(locations("/sitemaps/interviews-1.xml")).containsExactlyInAnyOrderElementsOf(slugs);
        List<String> permalinks = locations("/sitemaps/quotes-1.xml");
        assertThat(permalinks).hasSize(quotes).doesNotHaveDuplicates()
                .allMatch(loc -> loc.matches(url("/q/") + "[0-9a-z]{10}"));
        String first = interviews.get(0).get("slug").asString();
        assertThat(permalinks).contains(url("/q/" + http().json("/api/interviews/" + first).get("quotes").get(0)
                .get("id").asString()));
    }

    @Test
    void speakersAndTopicsAreListed() throws Exception {
        assertThat(locations("/sitemaps/speakers-1.xml")).contains(url("/speakers/jeff-dean"),
                url("/speakers/sebastian-borgeaud"));
        String topic = http().json("/api/topics").get(0).get("slug").asString();
        assertThat(locations("/sitemaps/topics-1.xml")).contains(url("/topics/" + topic));
    }

    @Test
    void aSitemapTheIndexDoesNotNameIsNotThere() {
        assertThat(http().get("/sitemaps/quotes-2.xml").statusCode()).isEqualTo(404);
        assertThat(http().get("/sitemaps/nothing-1.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void robotsPointAtTheSitemapAndKeepOutOfTheAdminAndTheApi() {
        HttpResponse<String> robots = http().get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body().lines()).contains("User-agent: *", "Disallow: /admin", "Disallow: /api",
                "Sitemap: " + url("/sitemap.xml"));
    }

    private List<String> locations(String path) throws Exception {
        HttpResponse<String> response = http().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return SitemapXml.read(response.body(), "urlset", "url").stream().map(SitemapXml.Location::loc).toList();
    }
}
