package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Quote cards as a browser shows them, the way a link preview would: one in Chinese, one spoken in English, a
 * retelling and a long quote cut at a sentence. Screenshots land in target/screenshots/ for a person to look at.
 */
@ExtendWith(Browser.class)
class QuoteCardScreenshotsTest extends SeedArchiveTest {

    @ParameterizedTest(name = "card of {0}")
    @CsvSource({
            "card-spoken-in-english, f46qgxpxcq",
            "card-direct, wfepr2ng7w",
            "card-retold, 8aetz1gw7r"})
    void theCardShowsWhole(String name, String id, WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1200, 800));
        browser.get(url("/q/" + id + "/card.png"));

        JavascriptExecutor script = (JavascriptExecutor) browser;
        long width = (Long) script.executeScript("return document.querySelector('img').naturalWidth");
        long height = (Long) script.executeScript("return document.querySelector('img').naturalHeight");
        Path shot = Browser.screenshot(browser, name);

        assertThat(browser.findElements(By.tagName("img"))).hasSize(1);
        assertThat(width).isEqualTo(1200);
        assertThat(height).isEqualTo(630);
        assertThat(shot).exists();
    }
}
