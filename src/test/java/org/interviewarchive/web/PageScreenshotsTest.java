package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The main pages at desktop and phone widths: nothing wider than the screen, so a phone never scrolls sideways.
 * Screenshots land in target/screenshots/ for a person to look at.
 */
@ExtendWith(Browser.class)
class PageScreenshotsTest extends SeedArchiveTest {

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
            "home, 1280, /",
            "home, 375, /",
            "interview, 1280, /interviews/2025-12-22-gemini-leads-pro-distills-flash",
            "interview, 375, /interviews/2025-12-22-gemini-leads-pro-distills-flash",
            "interview-bilingual, 375, /interviews/release-notes-koray-kavukcuoglu-how-we-build-agi?speaker=koray-kavukcuoglu",
            "quote, 1280, /q/f46qgxpxcq",
            "quote, 375, /q/f46qgxpxcq",
            "speaker, 375, /speakers/sebastian-borgeaud",
            "not-found, 375, /q/0000000000"})
    void thePageFitsTheScreen(String name, int width, String path, WebDriver browser) {
        browser.manage().window().setSize(new Dimension(width, width == 375 ? Browser.PHONE.height : Browser.DESKTOP.height));
        browser.get(url(path));

        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        long content = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        Path shot = Browser.screenshot(browser, name + "-" + width);

        assertThat(viewport).isEqualTo(width);
        assertThat(content).as("page width at %d px", width).isLessThanOrEqualTo(viewport);
        assertThat(shot).exists();
    }
}
