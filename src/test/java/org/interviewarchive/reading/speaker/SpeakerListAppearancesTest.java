package org.interviewarchive.reading.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.interviewarchive.support.LongListsArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** On the list of speakers, someone in many interviews is shown with their newest five and a link to the rest. */
class SpeakerListAppearancesTest extends LongListsArchiveTest {

    @Test
    void aSpeakerInManyInterviewsIsListedWithTheirNewestFiveAndTheWayToTheRest() {
        Document page = http().html("/speakers");
        Element ann = page.select(".profile").stream()
                .filter(profile -> profile.selectFirst("h2").text().equals("Ann Lee")).findFirst().orElseThrow();

        assertThat(ann.select(".appearances a[href^=/interviews/]")).hasSize(5);
        Element more = ann.selectFirst(".appearances .more a");
        assertThat(more.attr("href")).isEqualTo("/speakers/ann-lee");
        assertThat(more.text()).isEqualTo("还有 " + (TALKS - 5) + " 篇访谈");
        Element guest = page.select(".profile").stream()
                .filter(profile -> profile.selectFirst("h2").text().equals(guest(0))).findFirst().orElseThrow();
        assertThat(guest.select(".appearances a")).hasSize(1);
        assertThat(guest.selectFirst(".appearances .more")).isNull();
    }
}
