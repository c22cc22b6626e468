package org.interviewarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RecordedSql;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every look-up the ingest and the reader's pages make walks an index, on H2 and on PostgreSQL: the plans of the
 * statements the application really prepared, asked of the database with EXPLAIN, scan none of the tables that grow
 * with the archive. A query that asks for a whole table (the list of speakers, say) has no condition and is not one.
 */
@StorageTest
class QueryPlansTest {

    /** The tables that grow with the archive; {@code archive_revision} has one row. */
    private static final Set<String> GROWING = Set.of("quote", "quote_redirect", "retired_quote", "interview",
            "section", "participation", "glossary_term", "speaker", "speaker_alias", "deleted_interview");

    @Test
    void theIngestAndEveryPageLookUpRowsThroughAnIndex() throws SQLException {
        RecordedSql sql = new RecordedSql();
        TestDatabase database = TestDatabase.underTest();
        try (RunningArchive archive = RunningArchive.start(database, TestArchives.newDataDir("plans"),
                List.of(Path.of("seeds")), sql)) {
            readEveryKindOfPage(archive.http());
            List<String> lookUps = sql.statements().stream().filter(QueryPlansTest::isLookUp).distinct().toList();
            assertThat(lookUps).as("the statements recorded").hasSizeGreaterThan(10);

            Map<String, String> scans = new LinkedHashMap<>();
            try (Connection connection = archive.bean(DataSource.class).getConnection()) {
                for (String statement : lookUps) {
                    String plan = database == TestDatabase.POSTGRES ? postgresPlan(connection, statement)
                            : h2Plan(connection, statement);
                    List<String> scanned = scannedTables(plan, database);
                    if (!scanned.isEmpty()) {
                        scans.put(statement, String.join(", ", scanned));
                    }
                }
            }
            assertThat(scans).as("statements that scan a whole table, with the tables").isEmpty();
        }
    }

    @Test
    void theIndexerIndexesWhatTheIngestStoredWithoutReadingQuotesBack() {
        RecordedSql sql = new RecordedSql();
        try (RunningArchive archive = RunningArchive.start(TestDatabase.underTest(),
                TestArchives.newDataDir("no-read-back"), List.of(Path.of("seeds")), sql,
                // No catching up with other instances meanwhile: that reads what it indexes, on purpose.
                "archive.search.sync-interval=1h")) {
            assertThat(archive.http().json("/api/search?q=" + Http.encode("蒸馏")).get("total").asInt())
                    .as("the seeds are searchable").isPositive();
            assertThat(sql.statements()).as("statements of the start-up ingest of new interviews")
                    .noneMatch(statement -> READS_QUOTES.matcher(statement.toLowerCase(Locale.ROOT)).find());
        }
    }

    private static final Pattern READS_QUOTES = Pattern.compile("^\\s*select\\b.*\\bfrom quote\\b");

    private static void readEveryKindOfPage(Http http) {
        http.get("/");
        JsonNode interviews = http.json("/api/interviews");
        for (JsonNode interview : interviews) {
            String slug = interview.get("slug").asString();
            http.get("/interviews/" + slug);
            http.get("/interviews/" + slug + "/export.md");
            JsonNode detail = http.json("/api/interviews/" + slug);
            String quoteId = detail.get("quotes").get(1).get("id").asString();
            http.get("/q/" + quoteId);
            http.get("/api/quotes/" + quoteId);
            http.get("/api/quotes/" + quoteId + "/related");
        }
        for (JsonNode speaker : http.json("/api/speakers")) {
            http.get("/speakers/" + speaker.get("slug").asString());
        }
        for (JsonNode topic : http.json("/api/topics")) {
            http.get("/topics/" + topic.get("slug").asString());
        }
        http.get("/speakers");
        http.get("/topics");
        http.get("/search?q=" + Http.encode("蒸馏"));
        http.get("/api/search?q=" + Http.encode("speaker:jeff-dean data"));
        http.get("/q/doesnotexist1");
    }

    /** A statement that picks rows by a condition: a query, update or delete with a where clause. */
    private static boolean isLookUp(String statement) {
        String lower = statement.toLowerCase(Locale.ROOT).strip();
        return (lower.startsWith("select") || lower.startsWith("delete") || lower.startsWith("update"))
                && lower.contains(" where ") && !lower.contains("archive_revision")
                && !lower.contains("information_schema") && !lower.contains("pg_catalog")
                && !lower.contains("flyway_schema_history");
    }

    private static String h2Plan(Connection connection, String statement) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain " + statement)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setNull(i, Types.NULL);
            }
            return lines(explain.executeQuery());
        }
    }

    /** The generic plan, with sequential scans discouraged, so a small table still shows whether an index is there. */
    private static String postgresPlan(Connection connection, String statement) throws SQLException {
        try (Statement session = connection.createStatement()) {
            session.execute("set enable_seqscan = off");
            session.execute("set plan_cache_mode = force_generic_plan");
            int parameters = 0;
            StringBuilder numbered = new StringBuilder();
            for (char c : statement.toCharArray()) {
                numbered.append(c == '?' ? "$" + ++parameters : String.valueOf(c));
            }
            session.execute("prepare planned as " + numbered);
            try {
                List<String> nulls = new ArrayList<>();
                for (int i = 0; i < parameters; i++) {
                    nulls.add("null");
                }
                String arguments = parameters == 0 ? "" : "(" + String.join(", ", nulls) + ")";
                return lines(session.executeQuery("explain execute planned" + arguments));
            } finally {
                session.execute("deallocate planned");
                session.execute("reset enable_seqscan");
                session.execute("reset plan_cache_mode");
            }
        }
    }

    private static String lines(ResultSet rows) throws SQLException {
        StringBuilder plan = new StringBuilder();
        while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
        }
        return plan.toString();
    }

    private static final Pattern H2_SCAN = Pattern.compile("(?i)\\.(\\w+)\\.tableScan");
    private static final Pattern POSTGRES_SCAN = Pattern.compile("(?i)Seq Scan on (\\w+)");

    private static List<String> scannedTables(String plan, TestDatabase database) {
        Matcher scans = (database == TestDatabase.POSTGRES ? POSTGRES_SCAN : H2_SCAN).matcher(plan);
        List<String> tables = new ArrayList<>();
        while (scans.find()) {
            String table = scans.group(1).toLowerCase(Locale.ROOT);
            if (GROWING.contains(table)) {
                tables.add(table);
            }
        }
        return tables;
    }
}
