package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Under the content security policy every kind of page still looks and works as it should in Chromium: its styles
 * apply and the browser reports no violation of it.
 */
@ExtendWith(Browser.class)
class ContentSecurityPolicyInBrowserTest extends SeedArchiveTest {

    private static final String SLUG = "2025-12-22-gemini-leads-pro-distills-flash";
    private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });";

    private static final String STYLED = "return document.styleSheets.length > 0"
            + " && Array.from(document.styleSheets).every(function (sheet) { return sheet.cssRules.length > 0; });";

    @Test
    void noPageViolatesThePolicyAndEachKeepsItsStyle(WebDriver browser) {
        ChromeDriver chromium = (ChromeDriver) browser;
        // Evaluated before any page script, and outside the page's policy, so it sees every violation from the start.
        String recorder = chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_VIOLATIONS)).get("identifier").toString();
        try {
            List<String> violations = new ArrayList<>();
            for (String path : pages()) {
                browser.get(url(path));
                JavascriptExecutor page = (JavascriptExecutor) browser;
                assertThat(page.executeScript(STYLED)).as("the stylesheet applies on " + path).isEqualTo(true);
                Object seen = page.executeScript("return window.cspViolations;");
                ((List<?>) seen).forEach(violation -> violations.add(path + ": " + violation));
            }
            assertThat(violations).isEmpty();
        } finally {
            chromium.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
        }
    }

    private List<String> pages() {
        String quote = http().json("/api/interviews/" + SLUG).get("quotes").get(0).get("id").asString();
        return List.of("/", "/interviews/" + SLUG, "/interviews/" + SLUG + "?speaker=jeff-dean", "/q/" + quote,
                "/search?q=蒸馏", "/speakers", "/speakers/jeff-dean", "/topics", "/topics/continual-learning",
                "/no-such-page", "/admin/login");
    }
}
