package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What a reader sees of the reading view in a browser: the words in the first screen on a desktop and a phone, the
 * panel beside them or folded into one bar, the header's search on one line, retellings and notes never under the
 * person's name, and a topic chip's count the number of quotes its filter shows.
 */
@ExtendWith(Browser.class)
class ReadingViewInBrowserTest extends SeedArchiveTest {

    private static final List<String> SEEDS = List.of(
            "2025-12-22-gemini-leads-pro-distills-flash",
            "2024-12-23-oriol-vinyals-drastic-research",
            "best-partners-gemini-3-pretraining-borgeaud",
            "release-notes-koray-kavukcuoglu-how-we-build-agi",
            "2025-12-18-sebastian-borgeaud-gemini-3-pretraining");

    @ParameterizedTest(name = "at {0}×{1}")
    @CsvSource({"1280, 800", "375, 812"})
    void theFirstQuoteIsInTheFirstScreenOfEverySeed(int width, int height, WebDriver browser) {
        browser.manage().window().setSize(new Dimension(width, height));
        for (String slug : SEEDS) {
            browser.get(url("/interviews/" + slug));
            WebElement first = browser.findElement(By.cssSelector(".transcript .quote .text"));
            Browser.screenshot(browser, "reading-" + slug + "-" + width);
            double top = number(browser, "return arguments[0].getBoundingClientRect().top", first);
            double screen = number(browser, "return window.innerHeight", null);
            assertThat(top).as("the first quote of %s at %d px", slug, width).isBetween(0.0, screen - 24);
        }
        browser.get(url("/interviews/" + SEEDS.getFirst()));
        Browser.screenshot(browser, "reading-first-screen-" + width);
    }

    @Test
    void onADesktopThePanelStandsBesideTheTextAndOnAPhoneItIsOneBarThatOpens(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1280, 800));
        browser.get(url("/interviews/" + SEEDS.getFirst()));
        WebElement contents = browser.findElement(By.cssSelector(".reading-panel .contents"));
        WebElement text = browser.findElement(By.cssSelector(".transcript"));
        assertThat(visible(browser, contents)).isTrue();
        assertThat(contents.getRect().getX() + contents.getRect().getWidth()).isLessThan(text.getRect().getX());
        assertThat(browser.findElement(By.cssSelector(".reading-panel")).getCssValue("position")).isEqualTo("sticky");

        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("/interviews/" + SEEDS.getFirst()));
        contents = browser.findElement(By.cssSelector(".reading-panel .contents"));
        assertThat(visible(browser, contents)).isFalse();
        browser.findElement(By.cssSelector(".reading-panel > summary")).click();
        assertThat(visible(browser, contents)).isTrue();
        Browser.screenshot(browser, "reading-panel-open-375");
    }

    @ParameterizedTest(name = "at {0} px")
    @CsvSource({"1280", "375"})
    void theHeadersSearchStaysOnOneLine(int width, WebDriver browser) {
        browser.manage().window().setSize(new Dimension(width, 800));
        browser.get(url("/interviews/" + SEEDS.getFirst()));
        WebElement box = browser.findElement(By.cssSelector(".site-header input[type=search]"));
        WebElement button = browser.findElement(By.cssSelector(".site-header .search-form button"));

        assertThat(button.getRect().getY()).isEqualTo(box.getRect().getY());
    }

    @Test
    void retellingsAndNotesAreNeverShownUnderThePersonsName(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1280, 800));
        for (String slug : List.of("best-partners-gemini-3-pretraining-borgeaud", "2025-12-18-sebastian-borgeaud-gemini-3-pretraining",
                "../speakers/sebastian-borgeaud")) {
            browser.get(url("/interviews/" + slug));
            List<WebElement> notOwn = browser.findElements(By.cssSelector(".byline[data-kind=REPORTED], .byline[data-kind=SUMMARY]"));
            assertThat(notOwn).as(slug).isNotEmpty().allSatisfy(byline -> {
                assertThat(byline.getText()).matches("(由 最佳拍档 转述|摘自 Crazy Podcast 的笔记).*");
                assertThat(byline.findElements(By.cssSelector(".speaker-name"))).isEmpty();
            });
        }
    }

    @Test
    void aTopicChipCountsTheQuotesItsFilterShows(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1280, 800));
        browser.get(url("/interviews/release-notes-koray-kavukcuoglu-how-we-build-agi"));
        WebElement chip = browser.findElement(By.cssSelector("a.topic-chip[href*='topic=anti-gravity']"));
        int count = Integer.parseInt(chip.findElement(By.cssSelector(".count")).getDomProperty("textContent").strip());
        browser.get(chip.getDomProperty("href"));

        assertThat(browser.findElements(By.cssSelector(".transcript .quote"))).hasSize(count);
        assertThat(count).isEqualTo(http().json("/api/search?q=topic:anti-gravity&interview=release-notes-koray-kavukcuoglu-how-we-build-agi")
                .get("total").asInt());
    }

    /** Whether the element is rendered where a reader can see it (Selenium's own check takes a closed details' content as hidden). */
    private static boolean visible(WebDriver browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("return arguments[0].checkVisibility()", element);
    }

    private static double number(WebDriver browser, String script, WebElement element) {
        Object value = element == null ? ((JavascriptExecutor) browser).executeScript(script)
                : ((JavascriptExecutor) browser).executeScript(script, element);
        return ((Number) value).doubleValue();
    }
}
