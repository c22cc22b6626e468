package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interviewarchive.support.Browser;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Who said what about distillation: speakers side by side on a desktop, one after another on a phone. */
@ExtendWith(Browser.class)
class CompareInBrowserTest extends SeedArchiveTest {

    @Test
    void speakersStandSideBySideOnADesktopAndOneAfterAnotherOnAPhone(WebDriver browser) {
        browser.manage().window().setSize(Browser.DESKTOP);
        browser.get(url("/topics/distillation"));
        List<WebElement> columns = browser.findElements(By.cssSelector(".topic-comparison .comparison-column"));
        assertThat(columns.size()).isGreaterThanOrEqualTo(3);
        assertThat(columns.get(1).getLocation().getY()).isEqualTo(columns.get(0).getLocation().getY());
        assertThat(columns.get(1).getLocation().getX()).isGreaterThan(columns.get(0).getLocation().getX());
        Browser.screenshot(browser, "topic-compare-1280");

        browser.manage().window().setSize(Browser.PHONE);
        browser.get(url("/topics/distillation"));
        columns = browser.findElements(By.cssSelector(".topic-comparison .comparison-column"));
        assertThat(columns.get(1).getLocation().getX()).isEqualTo(columns.get(0).getLocation().getX());
        assertThat(columns.get(1).getLocation().getY()).isGreaterThan(columns.get(0).getLocation().getY());
        Browser.screenshot(browser, "topic-compare-375");

        browser.get(url("/compare?q=合成数据"));
        assertThat(browser.findElements(By.cssSelector(".comparison-column h2 a"))).extracting(WebElement::getText)
                .contains("Sebastian Borgeaud");
    }
}
