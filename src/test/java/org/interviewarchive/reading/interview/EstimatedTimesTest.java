package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The podcast's chapters show their times, and its quotes their estimated times, marked ≈ wherever shown. */
class EstimatedTimesTest extends SeedArchiveTest {

    private static final String PODCAST = "release-notes-koray-kavukcuoglu-how-we-build-agi";

    @Test
    void chaptersShowTheirTimesAndTurnsTheirEstimatedTimes() {
        Document page = http().html("/interviews/" + PODCAST);
        List<String> chapterTimes = page.select("#contents .chapter-time").eachText();
        assertThat(chapterTimes).hasSize(17).startsWith("0:00", "2:00").endsWith("48:37");
        List<String> turnTimes = page.select(".transcript .quote .speaker .time").eachText();
        assertThat(turnTimes).hasSameSizeAs(page.select(".transcript .quote .speaker")).allMatch(time -> time.matches("≈ \\d+:\\d{2}")).startsWith("≈ 0:00");
    }

    @Test
    void theQuotePageAndTheApiGiveTheEstimate() {
        JsonNode quote = http().json("/api/interviews/" + PODCAST).get("quotes").get(40);
        int seconds = quote.get("estimatedSeconds").asInt();
        assertThat(seconds).isPositive();
        Document page = http().html("/q/" + quote.get("id").asString());
        assertThat(page.select(".facts dd").eachText())
                .contains("≈ %d:%02d".formatted(seconds / 60, seconds % 60));
    }

    @Test
    void interviewsWithoutTimesShowNone() {
        Document page = http().html("/interviews/2025-12-22-gemini-leads-pro-distills-flash");
        assertThat(page.select(".chapter-time, .quote .time")).isEmpty();
        assertThat(http().json("/api/interviews/2025-12-22-gemini-leads-pro-distills-flash").get("quotes").get(0)
                .get("estimatedSeconds").isNull()).isTrue();
    }
}
