package org.interviewarchive.search;

import org.interviewarchive.archive.ArchiveRevision;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index in {@code /actuator/health}: up when it answers, with how many quotes it holds (and how many of
 * them can be found by meaning), whether it has caught up with the database, and how many interviews' key terms are
 * still to be worked out ahead of their readers.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final SearchIndex index;
    private final ArchiveRevision revision;
    private final SearchIndexer indexer;

    SearchIndexHealthIndicator(SearchIndex index, ArchiveRevision revision, SearchIndexer indexer) {
        this.index = index;
        this.revision = revision;
        this.indexer = indexer;
    }

    @Override
    public Health health() {
        long indexed = index.revision();
        long archive = revision.current();
        return Health.up()
                .withDetail("quotes", index.size())
                .withDetail("quotesWithVectors", index.vectors())
                .withDetail("indexRevision", indexed)
                .withDetail("archiveRevision", archive)
                .withDetail("upToDate", indexed == archive)
                .withDetail("interviewsToWorkOutAhead", indexer.interviewsToWorkOutAhead())
                .build();
    }
}
