package dev.accord.app.database;

import static dev.accord.app.database.EmbeddedDatabaseIT.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database admits Accord's own roles, with their passwords, from this machine, and nobody else. */
class EmbeddedDatabaseAccessIT {

    @TempDir
    Path dataDir;

    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir)) {
            DatabaseAccess access = database.access();
            assertThatThrownBy(() -> DriverManager.getConnection(access.jdbcUrl(), "accord", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(access.jdbcUrl(), "accord", "guessed")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(access.jdbcUrl(), "postgres", "")
                            .close())
                    .as("the superuser initdb made, trusted by initdb's rules")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no pg_hba.conf entry");
            try (Connection accord = access.connect()) {
                assertThat(accord.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void thePasswordIsGeneratedAtTheFirstStartAndReadableByItsOwnerOnly(@TempDir Path anotherDataDir) throws Exception {
        String password;
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir)) {
            password = database.access().password();
        }
        Path file = dataDir.resolve("database.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(40);
        try (EmbeddedDatabase restarted = EmbeddedDatabase.startIn(dataDir)) {
            assertThat(restarted.access().password()).as("kept, not made again").isEqualTo(password);
        }
        try (EmbeddedDatabase another = EmbeddedDatabase.startIn(anotherDataDir)) {
            assertThat(another.access().password()).as("random").isNotEqualTo(password);
        }
    }

    @Test
    void itListensOnTheLoopbackInterfaceOnly() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection connection = database.access().connect()) {
            assertThat(show(connection, "listen_addresses")).isEqualTo("localhost");
            int port = Integer.parseInt(show(connection, "port"));
            for (InetAddress address : thisMachinesNetworkAddresses()) {
                assertThatThrownBy(() -> {
                            try (Socket socket = new Socket()) {
                                socket.connect(new InetSocketAddress(address, port), 2_000);
                            }
                        })
                        .as("port %d on %s", port, address)
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void accordsRoleOwnsWhatItNeedsAndIsNoSuperuser() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection connection = database.access().connect();
                Statement sql = connection.createStatement()) {
            assertThat(show(connection, "is_superuser")).isEqualTo("off");
            // what Flyway and a rebuild do
            sql.execute("CREATE TABLE kept (word text)");
            sql.execute("CREATE SCHEMA scratch");
            sql.execute("ALTER TABLE kept SET SCHEMA scratch");
        }
    }

    /**
     * A data directory made before Accord had a role: initdb's rules trust everyone, the superuser owns Flyway's
     * tables, the event table's trigger and sequence. It is handed over at the next start and keeps working.
     */
    @Test
    void aDataDirectoryFromBeforeTheRoleIsHandedOverAndKeepsItsLedger() throws Exception {
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start()) {
            Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection superuser = old.getPostgresDatabase().getConnection()) {
                append(superuser, "before");
            }
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection accord = database.access().connect()) {
            append(accord, "after");
            assertThat(eventIds(accord)).containsExactly("before", "after");
            Flyway.configure()
                    .dataSource(
                            database.access().jdbcUrl(),
                            "accord",
                            database.access().password())
                    .locations("classpath:db/migration")
                    .load()
                    .validate();
            assertThatThrownBy(
                            () -> DriverManager.getConnection(database.access().jdbcUrl(), "postgres", "")
                                    .close())
                    .isInstanceOf(SQLException.class);
        }
        try (EmbeddedDatabase restarted = EmbeddedDatabase.startIn(dataDir);
                Connection accord = restarted.access().connect()) {
            assertThat(eventIds(accord)).containsExactly("before", "after");
        }
    }

    /**
     * A data directory from before the owner role: Accord's role owned everything, Flyway ran as it. At the next
     * start the owner role is made and takes the history; Accord's role keeps the read models, can still append,
     * and can no longer switch the event table's triggers off.
     */
    @Test
    void aDataDirectoryFromBeforeTheOwnerRoleHandsTheHistoryToIt() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection accord = database.access().connect()) {
            Flyway.configure()
                    .dataSource(
                            database.access().jdbcUrl(),
                            "accord",
                            database.access().password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            append(accord, "before");
            assertThat(ownerOf(accord, "domain_event_entry")).isEqualTo("accord");
        }
        Files.delete(DatabasePassword.OWNER.fileIn(dataDir));

        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir);
                Connection accord = database.access().connect();
                Statement sql = accord.createStatement()) {
            for (String history : List.of(
                    "domain_event_entry",
                    "integrity_leaf",
                    "integrity_node",
                    "integrity_checkpoint",
                    "flyway_schema_history",
                    "domain_event_entry_global_index_seq")) {
                assertThat(ownerOf(accord, history)).as(history).isEqualTo("accord_owner");
            }
            try (ResultSet row = sql.executeQuery(
                    "SELECT proowner::regrole::text FROM pg_proc WHERE proname = 'record_event_leaf'")) {
                row.next();
                assertThat(row.getString(1)).as("the trigger's function").isEqualTo("accord_owner");
            }
            assertThat(ownerOf(accord, "project_summary")).as("a read model").isEqualTo("accord");
            append(accord, "after");
            assertThat(eventIds(accord)).containsExactly("before", "after");
            assertThatThrownBy(() -> sql.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER ALL"))
                    .hasMessageContaining("must be owner");
        }
    }

    private static String ownerOf(Connection connection, String relation) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery(
                        "SELECT relowner::regrole::text FROM pg_class WHERE oid = '" + relation + "'::regclass")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void append(Connection connection, String eventId) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                    time_stamp, payload_type, payload)
                    VALUES ('%1$s', 'aggregate', (SELECT count(*) FROM domain_event_entry), 'Test',
                            '2026-11-29T00:00:00Z', 'Test', '\\x7b7d')""".formatted(eventId));
        }
    }

    private static List<String> eventIds(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet rows =
                        sql.executeQuery("SELECT event_identifier FROM domain_event_entry ORDER BY global_index")) {
            List<String> ids = new java.util.ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    private static List<InetAddress> thisMachinesNetworkAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLinkLocalAddress()
                        && !(address instanceof Inet6Address && address.isLoopbackAddress()))
                .toList();
    }
}
