package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The reading view keeps the words first: no tag repeated on most quotes, an answer shown by a speaker filter keeps
 * the question it replies to, folded; a search hit says when and where from.
 */
class ReadingViewTest extends SeedArchiveTest {

    private static final String ARTICLE = "/interviews/2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void noTagIsRepeatedOnMoreThanHalfTheQuotes() {
        for (JsonNode interview : http().json("/api/interviews")) {
            Document page = http().html("/interviews/" + interview.get("slug").asString());
            int quotes = page.select(".transcript .quote").size();
            Map<String, Integer> tagged = new HashMap<>();
            page.select(".transcript .quote .tags a").forEach(tag -> tagged.merge(tag.text(), 1, Integer::sum));
            assertThat(tagged.values()).as(interview.get("slug").asString()).allMatch(count -> count * 2 <= quotes);
        }
    }

    @Test
    void anAnswerShownByASpeakerFilterKeepsTheQuestionItRepliesToFolded() {
        Document page = http().html(ARTICLE + "?speaker=jeff-dean");
        List<Element> answers = page.select(".transcript .quote.turn-start");

        List<Element> replies = page.select(".transcript .quote .replies-to");
        assertThat(replies).isNotEmpty().hasSizeLessThanOrEqualTo(answers.size());
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.tagName()).isEqualTo("details");
            assertThat(reply.hasAttr("open")).isFalse();
            assertThat(reply.selectFirst("summary").text()).startsWith("回应 ");
            assertThat(reply.selectFirst("p").text()).isNotBlank();
        });
        assertThat(replies.getFirst().selectFirst("summary").text()).isEqualTo("回应 Logan Kilpatrick 的发言");
        assertThat(http().html(ARTICLE).select(".replies-to")).isEmpty();
    }

    @Test
    void aSearchHitShowsItsInterviewsDateAndAShortTitle() {
        Document page = http().html("/search?q=" + Http.encode("蒸馏"));
        Element source = page.selectFirst(".hit .hit-source");

        assertThat(source.selectFirst("time.hit-when").text()).isEqualTo("2025-12-22");
        Element title = source.selectFirst("a[href^=/interviews/]");
        assertThat(title.text().codePointCount(0, title.text().length())).isLessThanOrEqualTo(28);
        assertThat(title.attr("title")).startsWith(title.text().replace("…", ""));
    }
}
