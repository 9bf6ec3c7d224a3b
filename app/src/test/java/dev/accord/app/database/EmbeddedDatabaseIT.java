package dev.accord.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    /** zonky passes -F and synchronous_commit=off; Accord's settings come after them on the command line and win. */
    @Test
    void anAcknowledgedCommitIsOnTheDisk() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection connection = database.access().connect()) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(show(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void onlyTheTestOnlySettingLetsItSkipTheDisk() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir, Durability.TEST_ONLY_UNSAFE_NO_FSYNC);
                Connection connection = database.access().connect()) {
            assertThat(show(connection, "fsync")).isEqualTo("off");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("off");
        }
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection connection = database.access().connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (word text)");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection connection = database.access().connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    /** kill -9 of an Accord leaves its PostgreSQL running on the data directory; the next start recovers. */
    @Test
    void aServerLeftRunningByAKilledAccordIsStoppedAndItsDataKept() throws Exception {
        Process accord = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledAccord.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(accord.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("ready")) {
                // start-up chatter of the killed Accord
            }
            assertThat(line).as("the other Accord started").isEqualTo("ready");
            accord.destroyForcibly().waitFor();
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid")))
                .as("its PostgreSQL outlived it")
                .isTrue();

        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection connection = database.access().connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("survived");
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

    static String show(Connection connection, String setting) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet answer = statement.executeQuery("SHOW " + setting)) {
            answer.next();
            return answer.getString(1);
        }
    }
}
