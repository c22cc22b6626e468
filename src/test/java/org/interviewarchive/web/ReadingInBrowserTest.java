package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader in a real browser: from the collection to a speaker's quotes, to one quote's page, and back in place. */
@ExtendWith(Browser.class)
class ReadingInBrowserTest extends SeedArchiveTest {

    private static final String SLUG = "2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void fromTheCollectionToAFilteredInterviewToAQuoteAndBackToItsPlace(WebDriver browser) {
        browser.get(url("/"));
        browser.findElement(By.cssSelector("a[href='/interviews/" + SLUG + "']")).click();
        waitFor(browser).until(ExpectedConditions.urlToBe(url("/interviews/" + SLUG)));
        assertThat(browser.findElements(By.cssSelector(".transcript .quote"))).hasSize(148);

        browser.findElement(By.xpath("//a[contains(@class,'chip')][span[text()='Jeff Dean']]")).click();
        waitFor(browser).until(ExpectedConditions.urlContains("speaker=jeff-dean"));
        List<WebElement> quotes = browser.findElements(By.cssSelector(".transcript .quote"));
        assertThat(quotes).hasSize(48);
        assertThat(browser.findElements(By.cssSelector(".transcript .quote .speaker")))
                .extracting(WebElement::getText).containsOnly("Jeff Dean");
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText()).contains("显示 148 条中的 48 条");

        WebElement chosen = quotes.get(20);
        String id = chosen.getAttribute("id").substring(2);
        String text = chosen.findElement(By.cssSelector(".text")).getText();
        chosen.findElement(By.cssSelector("a.permalink")).click();
        waitFor(browser).until(ExpectedConditions.urlToBe(url("/q/" + id)));
        assertThat(browser.findElement(By.cssSelector(".quote-main .text")).getText()).isEqualTo(text);
        assertThat(browser.findElement(By.cssSelector(".quote-main figcaption")).getText()).contains("Jeff Dean");

        browser.findElement(By.cssSelector("a.in-place")).click();
        waitFor(browser).until(ExpectedConditions.urlToBe(url("/interviews/" + SLUG + "#q-" + id)));
        WebElement target = browser.findElement(By.id("q-" + id));
        assertThat(isInViewport(browser, target)).as("the quote is scrolled into view").isTrue();
        assertThat(script(browser, "return document.querySelector(':target').id")).isEqualTo("q-" + id);
        assertThat(target.getCssValue("background-color")).isEqualTo("rgba(255, 243, 196, 1)");
        WebElement other = browser.findElement(By.cssSelector(".transcript .quote:not(:target)"));
        assertThat(other.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        Browser.screenshot(browser, "quote-in-place-1280");
    }

    @Test
    void aTopicFromTheContentsNarrowsTheInterviewAndTheFilterCanBeRemoved(WebDriver browser) {
        browser.get(url("/interviews/" + SLUG));

        browser.findElements(By.cssSelector("#contents a.filter-link")).get(2).click();
        waitFor(browser).until(ExpectedConditions.urlContains("topic="));
        assertThat(browser.findElements(By.cssSelector(".transcript .quote"))).hasSize(31);

        browser.findElement(By.cssSelector(".active-filter a.remove")).click();
        waitFor(browser).until(ExpectedConditions.urlToBe(url("/interviews/" + SLUG)));
        assertThat(browser.findElements(By.cssSelector(".transcript .quote"))).hasSize(148);
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static Object script(WebDriver browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static boolean isInViewport(WebDriver browser, WebElement element) {
        return (Boolean) script(browser, """
                const box = arguments[0].getBoundingClientRect();
                return box.top >= 0 && box.top < window.innerHeight;""", element);
    }
}
