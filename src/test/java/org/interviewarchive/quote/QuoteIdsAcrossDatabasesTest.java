package org.interviewarchive.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.NeedsPostgres;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Moving the archive from H2 to PostgreSQL changes no quote id and no fact about the seeds. */
@NeedsPostgres
class QuoteIdsAcrossDatabasesTest {

    @Test
    void theSeedsGetTheSameQuoteIdsAndFactsOnH2AndOnPostgres() {
        try (RunningArchive h2 = seeds(TestDatabase.H2); RunningArchive postgres = seeds(TestDatabase.POSTGRES)) {
            List<String> h2Ids = allQuoteIds(h2.http());
            assertThat(h2Ids).hasSizeGreaterThan(400).doesNotHaveDuplicates();
            assertThat(allQuoteIds(postgres.http())).isEqualTo(h2Ids);

            assertThat(postgres.http().json("/api/interviews")).isEqualTo(h2.http().json("/api/interviews"));
            assertThat(postgres.http().json("/api/speakers")).isEqualTo(h2.http().json("/api/speakers"));
            for (JsonNode interview : h2.http().json("/api/interviews")) {
                String path = "/api/interviews/" + interview.get("slug").asString();
                assertThat(postgres.http().json(path)).as(path).isEqualTo(h2.http().json(path));
            }
        }
    }

    private static RunningArchive seeds(TestDatabase database) {
        return RunningArchive.start(database, TestArchives.newDataDir("parity-" + database.name().toLowerCase()),
                List.of(Path.of("seeds")));
    }

    /** Every quote's id, interview by interview in the collection's order, each in reading order. */
    private static List<String> allQuoteIds(Http http) {
        List<String> ids = new ArrayList<>();
        for (JsonNode interview : http.json("/api/interviews")) {
            http.json("/api/interviews/" + interview.get("slug").asString()).get("quotes")
                    .forEach(quote -> ids.add(quote.get("id").asString()));
        }
        return ids;
    }
}
