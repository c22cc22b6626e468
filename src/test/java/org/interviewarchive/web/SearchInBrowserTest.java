package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader searches for 蒸馏 from the header, opens a hit's quote page, and follows it back to its place. */
@ExtendWith(Browser.class)
class SearchInBrowserTest extends SeedArchiveTest {

    @Test
    void fromASearchToAQuoteToItsPlaceInTheInterview(WebDriver browser) {
        browser.get(url("/"));
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("蒸馏", Keys.ENTER);
        waitFor(browser).until(ExpectedConditions.urlContains("/search?q="));
        assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector(".hit mark"))).extracting(WebElement::getText).containsOnly("蒸馏");
        Browser.screenshot(browser, "search-1280");

        WebElement hit = browser.findElements(By.cssSelector(".hit")).get(1);
        String text = hit.findElement(By.cssSelector("blockquote p")).getText();
        hit.findElement(By.cssSelector("a.permalink")).click();
        waitFor(browser).until(ExpectedConditions.urlMatches("/q/[0-9a-z]{10}$"));
        assertThat(browser.findElement(By.cssSelector(".quote-main .text")).getText()).isEqualTo(text);
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

        browser.findElement(By.cssSelector("a.in-place")).click();
        waitFor(browser).until(ExpectedConditions.urlContains("#q-" + id));
        WebElement target = browser.findElement(By.id("q-" + id));
        assertThat(((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id"))
                .isEqualTo("q-" + id);
        assertThat(target.getCssValue("background-color")).isEqualTo("rgba(255, 243, 196, 1)");
    }

    @Test
    void findingInAnInterviewMarksEveryMatchAndStepsBetweenThem(WebDriver browser) {
        browser.get(url("/interviews/2025-12-22-gemini-leads-pro-distills-flash"));
        browser.findElement(By.id("find-words")).sendKeys("蒸馏", Keys.ENTER);
        waitFor(browser).until(ExpectedConditions.urlContains("q="));
        assertThat(browser.findElements(By.cssSelector(".transcript .quote mark"))).isNotEmpty()
                .extracting(WebElement::getText).containsOnly("蒸馏");
        browser.findElement(By.cssSelector(".find-summary a[href^='#q-']")).click();
        WebElement first = browser.findElement(By.cssSelector(".quote:target"));
        assertThat(first.findElement(By.cssSelector(".match-nav")).getText()).startsWith("第 1 处，共 5 处");
        first.findElement(By.cssSelector(".match-nav a[rel=next]")).click();
        assertThat(browser.findElement(By.cssSelector(".quote:target .match-nav")).getText()).startsWith("第 2 处");
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
