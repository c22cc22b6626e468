package org.interviewarchive.reading.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.ingest.InterviewDeletion;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A quote's related quotes are kept between views, but never past a change to an interview they come from: once an
 * interview is deleted, no quote page offers its quotes as related.
 */
class RelatedQuotesAfterChangesTest {

    private static final String SLUG = "2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void aDeletedInterviewsQuotesAreNoLongerOfferedAsRelated() {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("related-changes"),
                List.of(Path.of("seeds")))) {
            String id = archive.http().json("/api/search?q=%E6%8C%81%E7%BB%AD%E5%AD%A6%E4%B9%A0&interview=" + SLUG)
                    .get("hits").get(0).get("quote").get("id").asString();
            List<String> before = interviewsOf(archive.http().json("/api/quotes/" + id + "/related"));
            assertThat(before).isNotEmpty().doesNotContain(SLUG);
            assertThat(interviewsOf(archive.http().json("/api/quotes/" + id + "/related"))).isEqualTo(before);

            String gone = before.getFirst();
            assertThat(archive.bean(InterviewDeletion.class).delete(gone)).isPresent();

            assertThat(interviewsOf(archive.http().json("/api/quotes/" + id + "/related"))).doesNotContain(gone);
            assertThat(archive.http().html("/q/" + id).select(".related h3 a").eachAttr("href"))
                    .doesNotContain("/interviews/" + gone);
        }
    }

    private static List<String> interviewsOf(JsonNode related) {
        List<String> slugs = new ArrayList<>();
        related.forEach(quote -> slugs.add(quote.get("interview").get("slug").asString()));
        return slugs;
    }
}
