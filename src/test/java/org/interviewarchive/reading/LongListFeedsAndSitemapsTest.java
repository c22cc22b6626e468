package org.interviewarchive.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interviewarchive.support.LongListsArchiveTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Over more interviews than a feed carries, the feeds announce only the latest fifty, and the sitemaps still name
 * every interview, speaker and topic.
 */
class LongListFeedsAndSitemapsTest extends LongListsArchiveTest {

    @Test
    void theArchivesAndASpeakersFeedCarryTheLatestFiftyInterviews() {
        for (String feed : List.of("/feed.atom", "/speakers/ann-lee/feed.atom")) {
            Document atom = xml(feed);
            assertThat(atom.select("feed > entry")).as(feed).hasSize(50);
            List<String> updated = atom.select("feed > entry > updated").eachText();
            assertThat(updated).as(feed).isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(atom.selectFirst("feed > updated").text()).isEqualTo(updated.getFirst());
        }
        assertThat(xml("/speakers/ada-moss/feed.atom").select("feed > entry")).hasSize(1);
    }

    @Test
    void theSitemapsNameEveryInterviewSpeakerAndTopic() {
        assertThat(xml("/sitemaps/interviews-1.xml").select("url > loc")).hasSize(TALKS);
        assertThat(xml("/sitemaps/speakers-1.xml").select("url > loc").eachText()).hasSize(TALKS + 1)
                .doesNotHaveDuplicates().anyMatch(loc -> loc.endsWith("/speakers/ann-lee"));
        assertThat(xml("/sitemaps/topics-1.xml").select("url > loc")).hasSizeGreaterThanOrEqualTo(TALKS);
        assertThat(xml("/sitemap.xml").select("sitemap > loc").eachText())
                .anyMatch(loc -> loc.endsWith("/sitemaps/interviews-1.xml"));
    }

    private Document xml(String path) {
        return Jsoup.parse(http().get(path).body(), "", Parser.xmlParser());
    }
}
