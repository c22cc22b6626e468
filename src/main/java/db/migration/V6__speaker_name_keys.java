package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.interviewarchive.speaker.SpeakerNames;

/**
 * Speakers are looked up by a key of their names and aliases (width, case and spacing folded), through an index
 * instead of loading every speaker; those the registry names win over those only a transcript named (the next
 * registry sync marks them). The key is computed in Java, by the same rule the application looks up by, so
 * this migration is Java; its statements are portable between H2 and PostgreSQL.
 */
public class V6__speaker_name_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table speaker add column name_key varchar(200)");
            statement.execute("alter table speaker_alias add column alias_key varchar(200)");
            statement.execute("alter table speaker add column in_registry boolean default false not null");
        }
        fill(connection, "select id, name from speaker", "update speaker set name_key = ? where id = ?");
        fill(connection, "select speaker_id, alias from speaker_alias",
                "update speaker_alias set alias_key = ? where speaker_id = ? and alias = ?");
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table speaker alter column name_key set not null");
            statement.execute("alter table speaker_alias alter column alias_key set not null");
            statement.execute("create index speaker_name_key on speaker (name_key)");
            statement.execute("create index speaker_alias_key on speaker_alias (alias_key)");
        }
    }

    private static void fill(Connection connection, String select, String update) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(select);
             PreparedStatement updating = connection.prepareStatement(update)) {
            while (rows.next()) {
                updating.setString(1, SpeakerNames.key(rows.getString(2)));
                updating.setLong(2, rows.getLong(1));
                if (update.contains("alias = ?")) {
                    updating.setString(3, rows.getString(2));
                }
                updating.addBatch();
            }
            updating.executeBatch();
        }
    }
}
