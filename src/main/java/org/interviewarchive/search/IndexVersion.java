package org.interviewarchive.search;

import java.util.Optional;
import org.interviewarchive.archive.ArchiveRevision;
import org.springframework.stereotype.Component;

/**
 * What a page derived from the archive and its index was made from, for validators such as an {@code ETag}: the same
 * version means the same answer. There is none while the index is behind the database, when a page could mix the two.
 */
@Component
public class IndexVersion {

    private final SearchIndex index;
    private final ArchiveRevision revision;

    IndexVersion(SearchIndex index, ArchiveRevision revision) {
        this.index = index;
        this.revision = revision;
    }

    public Optional<String> settled() {
        long indexed = index.revision();
        if (indexed != revision.current()) {
            return Optional.empty();
        }
        return Optional.of(indexed + "." + index.readerVersion());
    }
}
