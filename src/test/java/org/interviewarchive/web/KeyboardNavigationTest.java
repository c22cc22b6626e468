package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The keyboard alone reaches the skip link first, sees it, and skips the header with it. */
@ExtendWith(Browser.class)
class KeyboardNavigationTest extends SeedArchiveTest {

    @Test
    void theFirstTabShowsTheSkipLinkAndEnterJumpsToTheContent(WebDriver browser) {
        browser.get(url("/interviews/2025-12-22-gemini-leads-pro-distills-flash"));

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.getText()).isEqualTo("跳到正文");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(focused.getRect().getY()).as("on screen once focused").isGreaterThanOrEqualTo(0);
        assertThat(focused.getCssValue("outline-style")).as("focus is visible").isEqualTo("solid");

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("#main"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement next = browser.switchTo().activeElement();
        assertThat(next.findElement(By.xpath("ancestor::main")).getAttribute("id"))
                .as("the next Tab stays in the content, past the header").isEqualTo("main");
    }

    @Test
    void theSkipLinkIsOutOfSightUntilFocused(WebDriver browser) {
        browser.get(url("/"));

        WebElement skip = browser.findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getRect().getY() + skip.getRect().getHeight()).isLessThanOrEqualTo(0);
    }
}
