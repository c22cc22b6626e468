package org.interviewarchive.reading.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interviewarchive.search.SearchIndexer;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.LongListTranscripts;
import org.interviewarchive.support.RecordedSql;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A page of speakers costs the database the same few statements whether it lists five speakers or a hundred: their
 * interviews and counts come with them, not one look-up a speaker.
 */
@StorageTest
class SpeakerListStatementsTest {

    @Test
    void aPageOfAHundredSpeakersTakesNoMoreStatementsThanAPageOfFive() {
        RecordedSql sql = new RecordedSql();
        try (RunningArchive archive = RunningArchive.start(TestDatabase.underTest(),
                TestArchives.newDataDir("speaker-statements"), List.of(LongListTranscripts.write()), sql,
                // No catching up with other instances meanwhile, which has statements of its own.
                "archive.search.sync-interval=1h")) {
            Http http = archive.http();
            // The statements of the interviews' key terms worked out in the background after the start are not the
            // page's.
            await().atMost(Duration.ofMinutes(2)).until(() -> archive.bean(SearchIndexer.class)
                    .interviewsToWorkOutAhead() == 0);
            int five = statements(sql, http, "/api/speakers?size=5");
            int hundred = statements(sql, http, "/api/speakers?size=100");
            assertThat(http.json("/api/speakers?size=100")).hasSize(100);
            assertThat(hundred).isEqualTo(five).isLessThanOrEqualTo(3);
            assertThat(statements(sql, http, "/speakers")).isEqualTo(statements(sql, http, "/speakers?page=2"));
        }
    }

    private static int statements(RecordedSql sql, Http http, String path) {
        sql.clear();
        assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
        return sql.statements().size();
    }
}
