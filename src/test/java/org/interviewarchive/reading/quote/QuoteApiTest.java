package org.interviewarchive.reading.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One quote by its public id, with its place among its neighbours. */
class QuoteApiTest extends SeedArchiveTest {

    private static final String SLUG = "2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void aQuoteKnowsItsInterviewAndTheQuotesBeforeAndAfterIt() {
        JsonNode quotes = http().json("/api/interviews/" + SLUG).get("quotes");
        JsonNode first = http().json("/api/quotes/" + quotes.get(0).get("id").asString());
        JsonNode second = http().json("/api/quotes/" + quotes.get(1).get("id").asString());

        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("next").asString()).isEqualTo(quotes.get(1).get("id").asString());
        assertThat(second.get("previous").asString()).isEqualTo(quotes.get(0).get("id").asString());
        assertThat(second.get("text").asString()).isEqualTo(quotes.get(1).get("text").asString());
        assertThat(second.get("interview").get("slug").asString()).isEqualTo(SLUG);
        assertThat(second.get("interview").get("title").asString()).startsWith("Gemini负责人");
        assertThat(second.get("url").asString()).isEqualTo("/q/" + second.get("id").asString());

        JsonNode last = http().json("/api/quotes/" + quotes.get(quotes.size() - 1).get("id").asString());
        assertThat(last.get("next").isNull()).isTrue();
    }

    @Test
    void anUnknownIdAnswers404WithAJsonError() {
        HttpResponse<String> response = http().get("/api/quotes/0000000000");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(http().parse(response.body()).get("detail").asString()).isEqualTo("No quote has the id 0000000000");
    }

    @Test
    void anUnknownInterviewAnswers404() {
        assertThat(http().get("/api/interviews/no-such-interview").statusCode()).isEqualTo(404);
    }
}
