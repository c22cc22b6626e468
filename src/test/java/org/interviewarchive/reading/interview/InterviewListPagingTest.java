package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The interview list comes in pages: a reader without parameters gets every interview, a client can page. */
class InterviewListPagingTest extends SeedArchiveTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Test
    void withoutParametersTheListHasEveryInterviewAndNoNextPage() {
        HttpResponse<String> response = http().get("/api/interviews");
        assertThat(response.headers().firstValue("Link")).isEmpty();
        JsonNode all = http().parse(response.body());
        assertThat(all).hasSize(5);
        all.forEach(interview -> assertThat(interview.has("sourceFile") && interview.has("slug")).isTrue());
    }

    @Test
    void followingTheNextLinksGivesEveryInterviewOnceInTheSameOrder() {
        List<String> paged = new ArrayList<>();
        String path = "/api/interviews?size=2";
        int pages = 0;
        while (path != null) {
            HttpResponse<String> response = http().get(path);
            http().parse(response.body()).forEach(interview -> paged.add(interview.get("slug").asString()));
            pages++;
            path = response.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find)
                    .map(link -> link.group(1)).orElse(null);
        }
        List<String> whole = new ArrayList<>();
        http().json("/api/interviews").forEach(interview -> whole.add(interview.get("slug").asString()));
        assertThat(pages).isEqualTo(3);
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void aPageBeyondTheLastOrNotANumberAnswersWithoutError() {
        assertThat(http().json("/api/interviews?page=2147483647&size=1000000")).isEmpty();
        assertThat(http().json("/api/interviews?page=x&size=-3")).hasSize(1);
    }
}
