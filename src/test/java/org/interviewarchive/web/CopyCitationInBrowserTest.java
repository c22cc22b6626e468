package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** With JavaScript the quote with its citation is one click away; the text stays there to select by hand. */
@ExtendWith(Browser.class)
class CopyCitationInBrowserTest extends SeedArchiveTest {

    @Test
    void oneClickCopiesTheQuoteWithItsCitation(WebDriver browser) {
        browser.manage().window().setSize(Browser.DESKTOP);
        browser.get(url("/q/f46qgxpxcq"));
        WebElement button = browser.findElement(By.cssSelector("button[data-copy-from=quote-with-citation]"));
        WebElement text = browser.findElement(By.id("quote-with-citation"));

        assertThat(button.isDisplayed()).as("the script shows the button").isTrue();
        assertThat(text.getDomProperty("value")).startsWith("“I'm very excited about the progress.")
                .contains("http://localhost:");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();

        // The clipboard answers asynchronously; the button says so once it has the text.
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> button.getText().equals("已复制"));
        Browser.screenshot(browser, "quote-copy-citation-1280");
    }
}
