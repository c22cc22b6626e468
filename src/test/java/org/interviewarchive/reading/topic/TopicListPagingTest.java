package org.interviewarchive.reading.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.reading.ListPages;
import org.interviewarchive.support.LongListsArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The topics come a page at a time: the next links lead to every topic once, whatever page is asked for. */
class TopicListPagingTest extends LongListsArchiveTest {

    @Test
    void theTopicsPageShowsAHundredAndTheNextLinksLeadToEveryOtherTopicOnce() {
        List<List<String>> pages = ListPages.readerPages(http(), "/topics", TopicListPagingTest::topics);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.getFirst()).hasSize(100);
        List<String> listed = pages.stream().flatMap(List::stream).toList();
        List<String> browsed = new ArrayList<>();
        for (JsonNode topic : http().json("/api/topics")) {
            if (topic.get("kind").asString().equals("SECTION") || topic.get("quotes").asLong() > 0) {
                browsed.add("/topics/" + topic.get("slug").asString());
            }
        }
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(browsed)
                .hasSizeGreaterThanOrEqualTo(TALKS);
    }

    @Test
    void theApiLinksEachPageToTheNextAndListsEveryTopicOnceMostTalkedAboutFirst() {
        List<String> paged = new ArrayList<>();
        List<JsonNode> pages = ListPages.apiPages(http(), "/api/topics?size=25");
        pages.forEach(page -> page.forEach(topic -> paged.add(topic.get("slug").asString())));

        List<String> whole = new ArrayList<>();
        http().json("/api/topics").forEach(topic -> whole.add(topic.get("slug").asString()));
        assertThat(pages).hasSize((whole.size() + 24) / 25);
        assertThat(paged).isEqualTo(whole).doesNotHaveDuplicates();
    }

    @Test
    void aPageBeyondTheLastIsTheLastAndAPageThatIsNotANumberIsTheFirst() {
        List<List<String>> pages = ListPages.readerPages(http(), "/topics", TopicListPagingTest::topics);
        assertThat(topics(http().html("/topics?page=999"))).isEqualTo(pages.getLast());
        assertThat(topics(http().html("/topics?page=first"))).isEqualTo(pages.getFirst());
        assertThat(http().json("/api/topics?page=999&size=x")).isNotEmpty();
    }

    private static List<String> topics(Document page) {
        return page.select(".topic-list a").eachAttr("href");
    }
}
