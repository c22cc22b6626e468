package org.interviewarchive.archive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A counter of changes to the archive, bumped in the transaction of every change, so that anything derived from the
 * database (a search index) can tell whether it is behind.
 */
@Component
public class ArchiveRevision {

    private final JdbcClient jdbc;

    ArchiveRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.sql("select revision from archive_revision where id = 1").query(Long.class).single();
    }

    /** Call inside the transaction that changes the archive. */
    public long bump() {
        jdbc.sql("update archive_revision set revision = revision + 1 where id = 1").update();
        return current();
    }
}
