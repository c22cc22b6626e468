package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.interviewarchive.ingest.InterviewDeletion;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/** A deleted interview leaves the search at once, and the admin's rebuild keeps it out. */
@StorageTest
class DeletedInterviewSearchTest {

    private static final String ARTICLE = "2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void aDeletedInterviewIsNoLongerFound() {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("deleted-search"), List.of(Path.of("seeds")))) {
            assertThat(archive.http().json("/api/search?q=%E8%92%B8%E9%A6%8F").get("total").asInt()).isPositive();
            assertThat(archive.bean(InterviewDeletion.class).delete(ARTICLE)).isPresent();
            assertThat(archive.http().json("/api/search?q=%E8%92%B8%E9%A6%8F").get("total").asInt()).isZero();
            archive.bean(SearchIndexer.class).rebuild();
            assertThat(archive.http().json("/api/search?q=%E8%92%B8%E9%A6%8F").get("total").asInt()).isZero();
            assertThat(archive.http().json("/api/search?q=frontier").get("total").asInt()).isPositive();
        }
    }
}
