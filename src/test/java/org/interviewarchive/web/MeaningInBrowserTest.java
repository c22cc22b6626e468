package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SemanticArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader asks a question in their own words and sees quotes marked as of similar meaning; then pastes a
 * misremembered sentence into the quote check and sees what the speaker really said.
 */
@ExtendWith(Browser.class)
class MeaningInBrowserTest extends SemanticArchiveTest {

    @Test
    void aQuestionInOwnWordsFindsQuotesMarkedAsOfSimilarMeaning(WebDriver browser) {
        browser.manage().window().setSize(Browser.DESKTOP);
        browser.get(url("/"));
        browser.findElement(By.id("site-search")).sendKeys("数据快用完了怎么办", Keys.ENTER);
        waitFor(browser).until(ExpectedConditions.urlContains("/search?q="));
        WebElement first = browser.findElements(By.cssSelector(".hit")).getFirst();
        assertThat(first.findElement(By.cssSelector(".similar-meaning")).getText()).isEqualTo("意思相近");
        assertThat(first.findElement(By.cssSelector("mark")).getText()).isNotBlank();
        Browser.screenshot(browser, "search-meaning-1280");

        browser.findElement(By.linkText("只按字词")).click();
        waitFor(browser).until(ExpectedConditions.urlContains("mode=keyword"));
        assertThat(browser.findElements(By.cssSelector(".hit"))).isEmpty();
    }

    @Test
    void aMisrememberedSentenceIsShownCloseWithTheWordThatDiffers(WebDriver browser) {
        browser.manage().window().setSize(Browser.PHONE);
        browser.get(url("/"));
        browser.findElement(By.linkText("核对引语")).click();
        browser.findElement(By.id("check-sentence")).sendKeys("合成數據很有趣，必須非常小心地使用");
        browser.findElement(By.cssSelector(".check-form button")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("相近");
        assertThat(browser.findElement(By.cssSelector(".check-diff del")).getText()).isEqualTo("谨慎");
        assertThat(browser.findElement(By.cssSelector(".check-diff ins")).getText()).isEqualTo("小心");
        assertThat(browser.findElement(By.cssSelector(".check-match .speaker-name")).getText())
                .isEqualTo("Sebastian Borgeaud");
        Browser.screenshot(browser, "check-375");
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
