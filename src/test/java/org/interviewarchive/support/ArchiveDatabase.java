package org.interviewarchive.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain SQL on the database of a test archive's data directory, for checks and for breaking it on purpose. */
public final class ArchiveDatabase {

    private ArchiveDatabase() {
    }

    /** A connection to the database an application on {@code dataDir} uses (none may hold H2's files then). */
    public static Connection open(Path dataDir) throws SQLException {
        Map<String, String> properties = TestDatabase.underTest().properties(dataDir);
        String url = properties.getOrDefault("spring.datasource.url", "jdbc:h2:file:" + dataDir + "/db/archive;WRITE_DELAY=0");
        return DriverManager.getConnection(url, properties.getOrDefault("spring.datasource.username", "sa"), "");
    }

    public static void execute(Path dataDir, String sql) throws SQLException {
        try (Connection connection = open(dataDir); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of every row of a query, as text. */
    public static List<String> column(Path dataDir, String sql) throws SQLException {
        try (Connection connection = open(dataDir); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
