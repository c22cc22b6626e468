package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of page tells the browser to run and style only the archive's own files, to send no more than the origin
 * to other sites, to keep the camera and the like off, and never to frame it; and the pages keep to that themselves.
 */
class SecurityHeadersTest extends SeedArchiveTest {

    private static final String SLUG = "2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void everyKindOfPageCarriesTheSecurityHeaders() {
        for (String path : pageKinds()) {
            HttpHeaders headers = http().get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).get().asString()
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void thePolicyAllowsNoInlineScriptOrStyleAndNoOtherSite() {
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void noPageHasInlineScriptStyleOrEventHandlers() {
        for (String path : pageKinds()) {
            HttpResponse<String> response = http().get(path);
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("script:not([src])")).as("inline script on " + path).isEmpty();
            assertThat(page.select("style, [style]")).as("inline style on " + path).isEmpty();
            assertThat(page.getAllElements().stream()
                    .flatMap(element -> element.attributes().asList().stream())
                    .filter(attribute -> attribute.getKey().startsWith("on")))
                    .as("event handler attributes on " + path).isEmpty();
        }
    }

    @Test
    void publicPagesMayBeKeptWhileTheAdminPagesMayNot() {
        for (String path : List.of("/", "/interviews/" + SLUG, "/search?q=蒸馏", "/api/interviews")) {
            assertThat(http().get(path).headers().firstValue("Cache-Control")).as(path).get().asString()
                    .doesNotContain("no-store");
        }
        assertThat(http().get("/admin/login").headers().firstValue("Cache-Control")).get().asString()
                .contains("no-store");
    }

    @Test
    void theSessionCookieIsNotSentWithOtherSitesRequestsNorReadableByScripts() {
        String cookie = http().get("/admin/login").headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("the sign-in page starts no session"));

        assertThat(cookie).contains("SameSite=Lax", "HttpOnly");
    }

    private List<String> pageKinds() {
        JsonNode interview = http().json("/api/interviews/" + SLUG);
        String quote = interview.get("quotes").get(0).get("id").asString();
        return List.of("/", "/interviews/" + SLUG, "/interviews/" + SLUG + "?speaker=jeff-dean",
                "/interviews/" + SLUG + "/export.md", "/q/" + quote, "/search?q=蒸馏", "/search?q=",
                "/speakers", "/speakers/jeff-dean", "/topics", "/topics/continual-learning", "/api/search?q=蒸馏",
                "/api/interviews", "/api/quotes/" + quote, "/admin/login", "/no-such-page", "/q/0000000000");
    }
}
