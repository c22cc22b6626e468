package org.interviewarchive.reading.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.interviewarchive.search.SearchResults;
import org.interviewarchive.support.LongListsArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A search over many interviews offers the ones most of its hits come from, not every one of them: a reader scans
 * twenty choices, and the answer does not grow with the archive. The total still counts every hit.
 */
class FacetValuesTest extends LongListsArchiveTest {

    /** Ann Lee speaks three times in each talk. */
    private static final int ANN_LEES_QUOTES = 3 * TALKS;

    @Test
    void theApiGivesTheTwentyInterviewsWithTheMostHitsAndCountsThemAll() {
        JsonNode results = http().json("/api/search?speaker=ann-lee");

        assertThat(results.get("total").asInt()).isEqualTo(ANN_LEES_QUOTES);
        JsonNode interviews = results.get("facets").get("interview");
        assertThat(interviews.size()).isEqualTo(SearchResults.FACET_VALUES);
        interviews.forEach(interview -> assertThat(interview.get("count").asInt()).isEqualTo(3));
        assertThat(results.get("facets").get("speaker").size()).isEqualTo(1);
        assertThat(results.get("facets").get("speaker").get(0).get("value").asString()).isEqualTo("ann-lee");
    }

    @Test
    void theSearchPageOffersTwentyInterviewsAndTheOneItIsNarrowedTo() {
        assertThat(interviewChoices(http().html("/search?speaker=ann-lee")).select("li"))
                .hasSize(SearchResults.FACET_VALUES);

        JsonNode lastTalk = http().json("/api/search?speaker=" + slug(guest(TALKS - 1)))
                .get("facets").get("interview").get(0);
        Document narrowed = http().html("/search?speaker=ann-lee&interview=" + lastTalk.get("value").asString());
        assertThat(narrowed.selectFirst(".search-total").text()).contains("3");
        assertThat(narrowed.selectFirst(".active-filters").text()).contains(lastTalk.get("label").asString());
        assertThat(interviewChoices(narrowed).select("li")).singleElement()
                .satisfies(choice -> assertThat(choice.text()).contains(lastTalk.get("label").asString()));
    }

    private static Element interviewChoices(Document page) {
        return page.select(".facet").stream()
                .filter(facet -> facet.selectFirst("h2").text().equals("访谈"))
                .findFirst().orElseThrow();
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
