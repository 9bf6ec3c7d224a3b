package dev.accord.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.database.EmbeddedDatabase;
import dev.accord.app.integrity.HistoryVerification;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.SecondAccord;
import dev.accord.domain.integrity.api.IntegrityStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup taken while Accord serves and writes, restored into an empty data directory: Accord starts on it with
 * every event exactly as it was (global index, ids, payload and metadata bytes) and read models that answer the same.
 */
@AccordIntegrationTest
class BackupAndRestoreIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<EmbeddedDatabase> embedded;

    @TempDir
    Path tmp;

    @Test
    void aBackupTakenWhileAccordWritesRestoresEveryEventAndEveryReadModel() throws Exception {
        Api api = new Api(http, json);
        String busy = api.propose("ida", "Discussed during the backup", "50000.00", FiscalYears.unused())
                .text("id");
        leaveAGapInTheGlobalIndex();
        List<Integer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean backingUp = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int n = 0; backingUp.get(); n++) {
                answers.add(api.as("fay")
                        .post("/api/projects/" + busy + "/comments", "{\"text\": \"comment " + n + "\"}")
                        .status());
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.size() >= 3);
        Map<String, JsonNode> before = answersOf(api, busy);

        Path backup = tmp.resolve("ledger.accord-backup");
        Output backupOutput = new Output();
        int backedUp = BackupCommand.run(withDataDirectory("--to=" + backup), backupOutput.stream);
        backingUp.set(false);
        writer.join();
        assertThat(backedUp).as(backupOutput.text()).isZero();
        assertThat(answers).as("writers were answered throughout the backup").containsOnly(201);
        System.out.println(backupOutput.text()); // its size and time, for the report

        Path restoredDir = tmp.resolve("restored");
        Output restoreOutput = new Output();
        assertThat(RestoreCommand.run(
                        new String[] {"--from=" + backup, "--accord.data-dir=" + restoredDir, "--spring.datasource.url="
                        },
                        restoreOutput.stream))
                .as(restoreOutput.text())
                .isZero();
        System.out.println(restoreOutput.text());
        assertThat(restoreOutput.text()).contains("put back the checkpoint key file");

        // Without the key its checkpoints were signed with, Accord does not start (a new key would orphan them).
        Path noKey = restoredDir.resolve("nowhere").resolve("checkpoint-signing.key");
        assertThatThrownBy(() -> startOn(restoredDir, "--accord.integrity.signing-key-file=" + noKey)
                        .close())
                .hasStackTraceContaining("Put the key file back");
        assertThat(noKey).doesNotExist();

        try (SecondAccord restored = startOn(restoredDir)) {
            JdbcClient restoredJdbc = restored.context().getBean(JdbcClient.class);
            BackupManifest manifest = manifestOf(backup);
            long last = manifest.events().lastGlobalIndex();
            List<Map<String, Object>> restoredEvents = events(restoredJdbc, last);
            assertThat(restoredEvents)
                    .as("every event up to the moment of the backup, exactly")
                    .isEqualTo(events(jdbc, last))
                    .hasSize((int) manifest.events().count());
            assertThat(restoredEvents).hasSizeGreaterThan(100);
            assertThat(restoredEvents.size()).as("the gap kept").isLessThan((int) last);

            Api restoredApi = new Api(
                    new TestRestTemplate(new RestTemplateBuilder()
                            .rootUri("http://localhost:"
                                    + restored.context().getEnvironment().getProperty("local.server.port"))),
                    json);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(answersOf(restoredApi, busy)).isEqualTo(before));
            JsonNode busyThen = restoredApi
                    .as("vic")
                    .get("/api/projects/" + busy + "/timeline")
                    .body();
            JsonNode busyNow =
                    api.as("vic").get("/api/projects/" + busy + "/timeline").body();
            assertThat(busyThen.size())
                    .as("the comments acknowledged before the backup began")
                    .isGreaterThanOrEqualTo(1 + 1 + 3);
            for (int i = 0; i < busyThen.size(); i++) {
                assertThat(busyThen.get(i)).isEqualTo(busyNow.get(i));
            }

            int status = restoredApi
                    .as("ivo")
                    .post("/api/projects/" + busy + "/comments", "{\"text\": \"after the restore\"}")
                    .status();
            assertThat(status).as("the restored ledger takes new decisions").isEqualTo(201);
            assertThat(restoredJdbc
                            .sql("SELECT max(global_index) FROM domain_event_entry")
                            .query(Long.class)
                            .single())
                    .isGreaterThan(last);
            // The restored history is the history that was signed (the tests' key is the source's key too).
            HistoryVerification verification = restored.context().getBean(HistoryVerification.class);
            verification.start();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(verification.status().state()).isEqualTo(IntegrityStatus.State.VERIFIED));
        }
    }

    /**
     * An append that fails after the trigger drew its global index leaves that index unused for good. A restore that
     * let the trigger number the events again would close the gap and shift every later event.
     */
    private void leaveAGapInTheGlobalIndex() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                       payload_revision, payload, meta_data
                FROM domain_event_entry ORDER BY global_index LIMIT 1""").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aDataDirectoryThatHoldsAnythingIsRefused() throws Exception {
        Path backup = tmp.resolve("ledger.accord-backup");
        assertThat(BackupCommand.run(withDataDirectory("--to=" + backup), new Output().stream))
                .isZero();
        Path occupied = Files.createDirectories(tmp.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");
        Output output = new Output();

        int status = RestoreCommand.run(
                new String[] {"--from=" + backup, "--accord.data-dir=" + occupied, "--spring.datasource.url="},
                output.stream);

        assertThat(status).isEqualTo(1);
        assertThat(output.text()).contains("Restore refused: the data directory " + occupied + " is not empty");
        try (var entries = Files.list(occupied)) {
            assertThat(entries).containsExactly(occupied.resolve("notes.txt"));
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndRestoresNoRow() throws Exception {
        Path backup = tmp.resolve("ledger.accord-backup");
        assertThat(BackupCommand.run(withDataDirectory("--to=" + backup), new Output().stream))
                .isZero();
        Path damaged = tmp.resolve("damaged.accord-backup");
        copyChangingOnePayloadByte(backup, damaged);
        Path target = tmp.resolve("target");
        Output output = new Output();

        int status = RestoreCommand.run(
                new String[] {"--from=" + damaged, "--accord.data-dir=" + target, "--spring.datasource.url="},
                output.stream);

        assertThat(status).isEqualTo(1);
        assertThat(output.text()).contains("table domain_event_entry in the backup is damaged");
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(target);
                java.sql.Connection connection = database.access().connect();
                java.sql.ResultSet count =
                        connection.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry")) {
            count.next();
            assertThat(count.getLong(1)).isZero();
        }
    }

    /** The same archive with one byte of one event's payload changed: still rows PostgreSQL accepts. */
    private static void copyChangingOnePayloadByte(Path from, Path to) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("tables/domain_event_entry.copy")) {
                    String rows = new String(bytes, StandardCharsets.UTF_8);
                    int brace = rows.indexOf("\\\\x7b22");
                    assertThat(brace).isPositive();
                    bytes = (rows.substring(0, brace) + "\\\\x7b23" + rows.substring(brace + "\\\\x7b22".length()))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** Every project's page, timeline and fiscal year as the API answers them, but the one being written to. */
    private static Map<String, JsonNode> answersOf(Api api, String busy) {
        Map<String, JsonNode> answers = new java.util.TreeMap<>();
        for (JsonNode project : api.as("vic").get("/api/projects").body()) {
            String id = project.get("id").asText();
            if (!id.equals(busy)) {
                answers.put(
                        "project " + id,
                        api.as("vic").get("/api/projects/" + id).body());
                answers.put(
                        "timeline " + id,
                        api.as("vic").get("/api/projects/" + id + "/timeline").body());
            }
        }
        for (int year : List.of(2025, 2026)) {
            answers.put(
                    "portfolio " + year,
                    api.as("vic").get("/api/portfolio/" + year).body());
        }
        answers.put(
                "pending approvals for Finance",
                api.as("fay").get("/api/approvals/pending").body());
        return answers;
    }

    private BackupManifest manifestOf(Path backup) throws Exception {
        LedgerRestore restore = LedgerRestore.open(backup, json);
        restore.close();
        return restore.manifest();
    }

    private static List<Map<String, Object>> events(JdbcClient jdbc, long upTo) {
        return jdbc.sql("""
                        SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                               payload_type, payload_revision, encode(payload, 'hex') AS payload,
                               encode(meta_data, 'hex') AS meta_data
                        FROM domain_event_entry WHERE global_index <= ? ORDER BY global_index""").param(upTo).query().listOfRows();
    }

    /** The running Accord's own settings: its data directory, or SPRING_DATASOURCE_URL as it is given. */
    private String[] withDataDirectory(String option) {
        List<String> args = new ArrayList<>(List.of(option));
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database != null) {
            args.add("--accord.data-dir=" + database.dataDirectory());
        }
        return args.toArray(String[]::new);
    }

    private static SecondAccord startOn(Path dataDirectory, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--accord.data-dir=" + dataDirectory,
                "--spring.datasource.url=",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--accord.embedded-database.test-only-unsafe-no-fsync=true",
                // The demo's reviews are overdue; falling due at this start they would add events the source has
                // not (yet) written, and the read models would rightly differ.
                "--db-scheduler.enabled=false"));
        args.addAll(List.of(more));
        return new SecondAccord(args.toArray(String[]::new));
    }

    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
