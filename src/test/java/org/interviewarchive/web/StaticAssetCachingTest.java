package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Stylesheets and scripts are linked under names that carry a hash of their content, so a browser keeps them for a
 * year and still gets a changed file at once, under its new name.
 */
class StaticAssetCachingTest extends SeedArchiveTest {

    private static final String HASHED = "-[0-9a-f]{32}\\.";

    @Test
    void pagesLinkTheirStylesheetAndScriptByContentHash() {
        Document interview = http().html("/interviews/" + slug());
        Document quote = http().html("/q/" + http().json("/api/interviews/" + slug()).get("quotes").get(0)
                .get("id").asString());

        assertThat(interview.select("link[rel=stylesheet]").attr("href")).matches("/assets/css/archive" + HASHED + "css");
        assertThat(quote.select("script[src]").attr("src")).matches("/assets/js/copy-link" + HASHED + "js");
    }

    @Test
    void aHashedFileIsKeptForAYear() {
        String stylesheet = http().html("/").select("link[rel=stylesheet]").attr("href");

        HttpResponse<String> response = http().get(stylesheet);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString()
                .contains("max-age=31536000", "public");
        assertThat(response.body()).contains("font-family");
    }

    private String slug() {
        return http().json("/api/interviews").get(0).get("slug").asString();
    }
}
