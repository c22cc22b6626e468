package org.interviewarchive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database a test application stores its archive in. The storage tests run once on each: H2 by default, and
 * PostgreSQL when the system property {@code archive.test.database} is {@code postgres} (the build's second test
 * execution sets it). Each data directory gets a database of its own, so no application sees another's data: H2
 * lives inside the data directory anyway; on PostgreSQL the data directory remembers a fresh schema made for it.
 */
public enum TestDatabase {

    H2 {
        @Override
        public Map<String, String> properties(Path dataDir) {
            return Map.of();
        }
    },

    POSTGRES {
        @Override
        public Map<String, String> properties(Path dataDir) {
            String schema = schemaOf(dataDir);
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + schema);
            properties.put("spring.datasource.username", POSTGRES_USER);
            properties.put("spring.datasource.password", "");
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.default-schema", schema);
            return properties;
        }
    };

    /** Where the PostgreSQL tests find their server: trust authentication, as on the build machines. */
    static final String POSTGRES_URL = System.getProperty("archive.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getProperty("archive.test.postgres.user", "postgres");

    /** Names this test run's schemas, so that the run drops them, and only them, when it ends. */
    static final String RUN_PREFIX = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "_";

    private static final String SCHEMA_FILE = "postgres-schema";

    /** The settings that point an application on {@code dataDir} at this database. */
    public abstract Map<String, String> properties(Path dataDir);

    /** The database the storage tests run on in this execution. */
    public static TestDatabase underTest() {
        String name = System.getProperty("archive.test.database", "h2");
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Why PostgreSQL cannot be used, or null when it answers. */
    static String unreachableReason() {
        try (Connection connection = connect()) {
            return connection.isValid(3) ? null : "the connection to " + POSTGRES_URL + " is not valid";
        } catch (SQLException e) {
            return "PostgreSQL at " + POSTGRES_URL + " (user " + POSTGRES_USER + ") does not answer: " + e.getMessage();
        }
    }

    /** Drops every schema this run made; the applications using them have stopped or are about to. */
    static void dropSchemasOfThisRun() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select nspname from pg_namespace where nspname like '"
                    + RUN_PREFIX + "%'")) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            for (String schema : schemas) {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }

    /** The schema made for a data directory the first time an application starts on it. */
    private static String schemaOf(Path dataDir) {
        Path file = dataDir.resolve(SCHEMA_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            String schema = RUN_PREFIX + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("create schema " + schema);
            }
            Files.createDirectories(dataDir);
            Files.writeString(file, schema);
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make a schema for " + dataDir + " on " + POSTGRES_URL, e);
        }
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", POSTGRES_USER);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(POSTGRES_URL, properties);
    }
}
