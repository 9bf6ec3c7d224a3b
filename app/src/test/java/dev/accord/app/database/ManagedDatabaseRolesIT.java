package dev.accord.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.integrity.IntegrityLog;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.SecondAccord;
import dev.accord.domain.project.Project;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An external PostgreSQL set up the way a managed one is: the provider's administrator makes a database that
 * belongs to an owner role, and a second login role for the application, which the owner may act for. Accord
 * migrates as the owner (ACCORD_DB_OWNER_USER), runs as the application's role (SPRING_DATASOURCE_USERNAME), and
 * that role can append and rebuild but not tamper with the history. A PostgreSQL of the test's own stands for the
 * managed server, its superuser for the administrator.
 */
@ExtendWith(OutputCaptureExtension.class)
class ManagedDatabaseRolesIT {

    private static EmbeddedPostgres server;

    @TempDir
    Path data;

    @BeforeAll
    static void startTheServer() throws IOException {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stopTheServer() throws IOException {
        server.close();
    }

    @Test
    void accordMigratesAsTheOwnerRunsAsTheApplicationsRoleRebuildsAndCannotTamper() throws Exception {
        administrator("""
                CREATE ROLE ledger_owner LOGIN PASSWORD 'owner-secret';
                CREATE ROLE ledger_app LOGIN PASSWORD 'app-secret';
                GRANT ledger_app TO ledger_owner;
                CREATE DATABASE ledger OWNER ledger_owner""");

        try (SecondAccord accord = new SecondAccord(args(
                "ledger",
                "ledger_app",
                "app-secret",
                "--accord.database.owner.user=ledger_owner",
                "--accord.database.owner.password=owner-secret"))) {
            JdbcClient jdbc = accord.context().getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_user").query(String.class).single())
                    .isEqualTo("ledger_app");
            assertThat(accord.context().getBean(IntegrityLog.class).applicationRoleCanRewriteHistory())
                    .isFalse();
            assertThat(ownerOf(jdbc, "domain_event_entry")).isEqualTo("ledger_owner");
            assertThat(ownerOf(jdbc, "flyway_schema_history")).isEqualTo("ledger_owner");
            assertThat(ownerOf(jdbc, "project_summary")).as("a read model").isEqualTo("ledger_app");

            Api api = api(accord);
            String id = api.propose(
                            "ida", "Proposed through the application's role", "1000.00", FiscalYears.forProposalsOnly())
                    .text("id");
            snapshotsAreTheApplicationRolesToWriteAndReplace(accord, api, jdbc, id);
            assertThat(api.as("ada").post("/api/admin/rebuild", "").status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(api.as("ada")
                                    .get("/api/admin/rebuild")
                                    .body()
                                    .get("state")
                                    .asText())
                            .isEqualTo("DONE"));
            JsonNode project = api.as("vic").get("/api/projects/" + id).body();
            assertThat(project.get("title").asText())
                    .as("in the rebuilt read models")
                    .isEqualTo("Proposed through the application's role");
            assertThat(ownerOf(jdbc, "project_summary"))
                    .as("swapped in by the rebuild")
                    .isEqualTo("ledger_app");

            try (Connection application = DriverManager.getConnection(url("ledger"), "ledger_app", "app-secret");
                    Statement sql = application.createStatement()) {
                for (String statement : Tampering.ON_THE_HISTORY) {
                    assertThatThrownBy(() -> sql.execute(statement))
                            .as(statement)
                            .hasMessageFindingMatch(Tampering.REFUSED);
                }
            }
        }
    }

    @Test
    void withoutAnOwnerRoleAccordRunsAsOneRoleAndSaysTheHistoryIsNotProtected(CapturedOutput output) throws Exception {
        administrator("""
                CREATE ROLE ledger_alone LOGIN PASSWORD 'alone-secret';
                CREATE DATABASE ledger_alone OWNER ledger_alone""");

        try (SecondAccord accord = new SecondAccord(
                args("ledger_alone", "ledger_alone", "alone-secret", "--accord.database.owner.user="))) {
            assertThat(accord.context().getBean(IntegrityLog.class).applicationRoleCanRewriteHistory())
                    .isTrue();
            assertThat(output.getAll()).contains("the history is not protected from the application's own role");
        }
    }

    @Test
    void anOwnerRoleThatCannotActForTheApplicationsRoleIsNamedWithTheGrantItLacks() throws Exception {
        administrator("""
                CREATE ROLE lone_owner LOGIN PASSWORD 'owner-secret';
                CREATE ROLE lone_app LOGIN PASSWORD 'app-secret';
                CREATE DATABASE lone OWNER lone_owner""");

        assertThatThrownBy(() -> new SecondAccord(args(
                                "lone",
                                "lone_app",
                                "app-secret",
                                "--accord.database.owner.user=lone_owner",
                                "--accord.database.owner.password=owner-secret"))
                        .close())
                .rootCause()
                .hasMessageContaining("GRANT lone_app TO lone_owner");
    }

    /** Snapshots are derived data: Accord stores a new one and deletes the one before, as its own role. */
    private static void snapshotsAreTheApplicationRolesToWriteAndReplace(
            SecondAccord accord, Api api, JdbcClient jdbc, String id) {
        assertThat(ownerOf(jdbc, "snapshot_event_entry")).isEqualTo("ledger_app");
        Snapshotter snapshots = accord.context()
                .getBean(org.axonframework.config.Configuration.class)
                .snapshotter();
        snapshots.scheduleSnapshot(Project.class, id);
        assertThat(api.as("fay").post("/api/projects/" + id + "/comments", """
                                {"subject": {"kind": "PROJECT"}, "text": "A later step"}""").status())
                .isEqualTo(201);
        snapshots.scheduleSnapshot(Project.class, id);
        assertThat(jdbc.sql("SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                        .param(id)
                        .query(Long.class)
                        .list())
                .as("the newer snapshot stored, the older deleted")
                .containsExactly(2L);
    }

    private String[] args(String database, String user, String password, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url(database),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--accord.data-dir=" + data,
                "--accord.demo=true",
                "--db-scheduler.polling-interval=1h"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    private static void administrator(String statements) throws SQLException {
        try (Connection superuser = server.getPostgresDatabase().getConnection();
                Statement sql = superuser.createStatement()) {
            for (String statement : statements.split(";")) {
                sql.execute(statement);
            }
        }
    }

    private static String ownerOf(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT relowner::regrole::text FROM pg_class WHERE oid = ?::regclass")
                .param(table)
                .query(String.class)
                .single();
    }

    private static Api api(SecondAccord accord) {
        return new Api(
                new TestRestTemplate(new RestTemplateBuilder()
                        .rootUri("http://localhost:"
                                + accord.context().getEnvironment().getProperty("local.server.port"))),
                new ObjectMapper());
    }
}
