package dev.accord.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (word text)");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    /** What kill -9 of an Accord leaves behind: its PostgreSQL still running on the data directory. */
    @Test
    void aServerLeftRunningByAKilledAccordIsStoppedAndItsDataKept() throws Exception {
        EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
        try (Connection connection = orphan.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (word text)");
            statement.execute("INSERT INTO kept VALUES ('survived')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("survived");
        } finally {
            try {
                orphan.close();
            } catch (Exception alreadyStopped) {
                // stopped by EmbeddedDatabase, as it should be
            }
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamedClearly() throws Exception {
        Path aFile = Files.writeString(dataDir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> EmbeddedDatabase.startIn(aFile.resolve("data")))
                .isInstanceOf(DataDirectoryUnusableException.class)
                .hasMessageContaining(aFile.resolve("data").toString())
                .hasMessageContaining("cannot be created");
    }

    @Test
    void aDataDirectoryInUseByAnotherAccordIsRefused() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.startIn(dataDir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.startIn(dataDir))
                    .isInstanceOf(DataDirectoryUnusableException.class)
                    .hasMessageContaining("already using it");
        }
    }
}
