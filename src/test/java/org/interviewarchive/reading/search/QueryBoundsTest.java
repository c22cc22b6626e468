package org.interviewarchive.reading.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Collections;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;

/**
 * Huge pages never overflow; a query over the limits is refused by the API with a problem saying so, and searched
 * within them by the search page, which says so too.
 */
class QueryBoundsTest extends SeedArchiveTest {

    @Test
    void hugePagesAndSizesAnswerTheLastReachablePage() {
        for (String paging : new String[] {"page=2147483647", "page=107374183&size=1000000", "page=-2147483648",
                "size=2147483647&page=2147483647", "page=99999999999999999999"}) {
            HttpResponse<String> api = http().get("/api/search?q=gemini&" + paging);
            assertThat(api.statusCode()).as(paging).isEqualTo(200);
            assertThat(http().get("/search?q=gemini&" + paging).statusCode()).as(paging).isEqualTo(200);
        }
    }

    @Test
    void theApiRefusesAQueryOverTheLimitsWithAProblemSayingWhich() {
        assertProblem("/api/search?q=" + "x".repeat(9000), "too long");
        assertProblem("/api/search?q=" + Http.encode(String.join(" OR ", Collections.nCopies(40, "ab"))),
                "too many words");
        assertProblem("/api/search?q=" + Http.encode("speaker:a ".repeat(40)), "too many words");
        assertProblem("/api/search?q=" + Http.encode("speaker:a topic:b ".repeat(5)), "too many filters");
        assertProblem("/api/search?q=x" + "&speaker=a".repeat(300), "Too many values of speaker");
    }

    @Test
    void theSearchPageSearchesWithinTheLimitsAndSaysSo() {
        HttpResponse<String> page = http().get("/search?q=" + Http.encode(String.join(" OR ",
                Collections.nCopies(40, "gemini"))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("查询超出了限度（最多 500 个字符");
        assertThat(http().get("/search?q=" + "x".repeat(9000)).statusCode()).isEqualTo(200);
    }

    private void assertProblem(String path, String says) {
        HttpResponse<String> response = http().get(path);
        assertThat(response.statusCode()).as(path.substring(0, Math.min(80, path.length()))).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http().parse(response.body()).get("detail").asString()).contains(says);
    }
}
