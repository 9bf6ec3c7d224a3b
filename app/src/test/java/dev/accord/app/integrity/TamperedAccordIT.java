package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.integrity.TamperableLedger.Place;
import dev.accord.app.integrity.cli.VerifyAtTheTerminal;
import dev.accord.app.support.Api;
import dev.accord.app.support.SecondAccord;
import dev.accord.domain.integrity.api.FindIntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import dev.accord.domain.integrity.api.IntegrityStatus.State;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * The same tampering as TamperingIT, done to a running Accord's database behind its back: the verification an
 * administrator starts (POST /api/integrity/verification) reports it at GET /api/integrity, the layout's badge is
 * pushed the same status (through the subscription query it holds open), and {@code java -jar accord.jar verify
 * --url=…} prints it. Accord runs here as the superuser of a PostgreSQL of this class's own; after each test the
 * history is put back as it was, so the next one starts from a verified ledger.
 */
class TamperedAccordIT {

    @TempDir
    static Path directory;

    private static EmbeddedPostgres server;
    private static SecondAccord accord;
    private static Api api;
    private static String base;
    private static TamperableLedger ledger;
    private static SubscriptionQueryResult<IntegrityStatus, IntegrityStatus> badge;
    private static final List<IntegrityStatus> BADGE_FEED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startAccordOnAServerOfItsOwn() throws Exception {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .start();
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        accord = new SecondAccord(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                // One role on this server of the test's own, whatever owner role CI gives the other tests.
                "--accord.database.owner.user=",
                "--accord.data-dir=" + directory.resolve("data"),
                "--accord.demo=true",
                // Where the auditor keeps every checkpoint, out of the database's reach.
                "--accord.integrity.checkpoint-push=" + directory.resolve("exported"),
                // The badge is sent a changed status at the next look; a quick look keeps the test short.
                "--accord.integrity.status-refresh=PT0.2S",
                // The demo's overdue reviews fall due at the scheduler's first look, not while a test tampers.
                "--db-scheduler.polling-interval=1h");
        base = "http://127.0.0.1:" + accord.context().getEnvironment().getProperty("local.server.port");
        api = new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(base)), new ObjectMapper());
        ledger = TamperableLedger.of(url, "postgres", accord.context().getBean(CheckpointKey.class));
        // The subscription the layout's badge opens, and the statuses pushed to it.
        badge = accord.context()
                .getBean(QueryGateway.class)
                .subscriptionQuery(
                        new FindIntegrityStatus(),
                        ResponseTypes.instanceOf(IntegrityStatus.class),
                        ResponseTypes.instanceOf(IntegrityStatus.class));
        badge.initialResult().subscribe(BADGE_FEED::add);
        badge.updates().subscribe(BADGE_FEED::add);
        accord.context().getBean(Checkpoints.class).signNow();
        assertThat(verification().state()).isEqualTo(State.VERIFIED);
        ledger.tamper(
                "CREATE SCHEMA kept",
                "CREATE TABLE kept.domain_event_entry AS SELECT * FROM domain_event_entry",
                "CREATE TABLE kept.integrity_leaf AS SELECT * FROM integrity_leaf",
                "CREATE TABLE kept.integrity_node AS SELECT * FROM integrity_node",
                "CREATE TABLE kept.integrity_checkpoint AS SELECT * FROM integrity_checkpoint");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (badge != null) {
                badge.close();
            }
            if (accord != null) {
                accord.close();
            }
        } finally {
            server.close();
        }
    }

    @AfterEach
    void putTheHistoryBack() throws Exception {
        for (String table :
                new String[] {"integrity_checkpoint", "integrity_node", "integrity_leaf", "domain_event_entry"}) {
            ledger.tamper(
                    "ALTER TABLE " + table + " DISABLE TRIGGER USER",
                    "DELETE FROM " + table,
                    "INSERT INTO " + table + " SELECT * FROM kept." + table,
                    "ALTER TABLE " + table + " ENABLE TRIGGER USER");
        }
        assertThat(verification().state()).as("the history as it was").isEqualTo(State.VERIFIED);
    }

    @Test
    void aPayloadWithOneByteChangedIsShownChangedAtThatEvent() throws Exception {
        Place fifth = ledger.event(5);

        ledger.tamper(
                "ALTER TABLE domain_event_entry DISABLE TRIGGER refuse_event_update_or_delete",
                "UPDATE domain_event_entry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) "
                        + "WHERE global_index = " + fifth.globalIndex(),
                "ALTER TABLE domain_event_entry ENABLE TRIGGER refuse_event_update_or_delete");

        assertShownAt(verification(), Reason.CHANGED, fifth, 4);
    }

    @Test
    void aDeletedEventIsShownMissing() throws Exception {
        Place tenth = ledger.event(10);

        ledger.tamper(
                "ALTER TABLE domain_event_entry DISABLE TRIGGER refuse_event_update_or_delete",
                "DELETE FROM domain_event_entry WHERE global_index = " + tenth.globalIndex(),
                "ALTER TABLE domain_event_entry ENABLE TRIGGER refuse_event_update_or_delete");

        assertShownAt(verification(), Reason.MISSING, tenth, 9);
    }

    @Test
    void anEventAppendedWhileTheLogWasSwitchedOffIsShownInserted() throws Exception {
        long events = ledger.size();
        Place last = ledger.event((int) events);

        // A copy of the last event, one further in its stream: what the application would have appended next.
        ledger.tamper(
                "ALTER TABLE domain_event_entry DISABLE TRIGGER record_event_leaf",
                """
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT 'slipped-in', aggregate_identifier, sequence_number + 1, type, time_stamp, payload_type,
                       payload_revision, payload, meta_data
                FROM domain_event_entry WHERE global_index = %d""".formatted(last.globalIndex()),
                "ALTER TABLE domain_event_entry ENABLE TRIGGER record_event_leaf");

        Place inserted = ledger.event((int) events + 1);
        assertThat(inserted.sequence()).isEqualTo(last.sequence() + 1);
        assertShownAt(verification(), Reason.INSERTED, inserted, events);
    }

    @Test
    void aTailCutOffTheEventTableIsShownMissingFromItsFirstEvent() throws Exception {
        Place twentieth = ledger.event(20);
        Place next = ledger.event(21);

        ledger.tamper(
                "ALTER TABLE domain_event_entry DISABLE TRIGGER refuse_event_update_or_delete",
                "DELETE FROM domain_event_entry WHERE global_index > " + twentieth.globalIndex(),
                "ALTER TABLE domain_event_entry ENABLE TRIGGER refuse_event_update_or_delete");

        assertShownAt(verification(), Reason.MISSING, next, 20);
    }

    /** Cut with its log and its stored checkpoints, the tail is missed only by the checkpoints the auditor kept. */
    @Test
    void aTailCutOffWithItsLogAndCheckpointsIsShownMissingByTheExportedCheckpoint() throws Exception {
        long signed = accord.context()
                .getBean(IntegrityLog.class)
                .latestCheckpoint()
                .orElseThrow()
                .treeSize();
        assertThat(directory.resolve("exported").resolve(signed + ".checkpoint"))
                .exists();
        Place twentieth = ledger.event(20);

        ledger.tamper(
                "ALTER TABLE domain_event_entry DISABLE TRIGGER USER",
                "ALTER TABLE integrity_leaf DISABLE TRIGGER USER",
                "ALTER TABLE integrity_node DISABLE TRIGGER USER",
                "ALTER TABLE integrity_checkpoint DISABLE TRIGGER USER",
                "DELETE FROM domain_event_entry WHERE global_index > " + twentieth.globalIndex(),
                "DELETE FROM integrity_leaf WHERE leaf_index >= 20",
                "DELETE FROM integrity_node WHERE (node_index + 1) * (1::BIGINT << level) > 20",
                "DELETE FROM integrity_checkpoint WHERE tree_size > 20",
                "ALTER TABLE domain_event_entry ENABLE TRIGGER USER",
                "ALTER TABLE integrity_leaf ENABLE TRIGGER USER",
                "ALTER TABLE integrity_node ENABLE TRIGGER USER",
                "ALTER TABLE integrity_checkpoint ENABLE TRIGGER USER");

        Shown shown = verification();
        assertThat(shown.state()).isEqualTo(State.FAILED);
        assertThat(shown.api().path("firstFailure").path("reason").asText()).isEqualTo("MISSING");
        assertThat(shown.api().path("verifiedEvents").asLong()).isEqualTo(20);
        assertThat(shown.badge().firstFailure().detail())
                .contains("signed for " + signed + " events")
                .contains("ends after 20");
    }

    /** A log that can no longer be read is never shown verified, not even by the verdict that came before. */
    @Test
    void aLogThatCanNoLongerBeReadIsShownUnverifiable() throws Exception {
        ledger.tamper("ALTER TABLE integrity_leaf RENAME TO integrity_leaf_hidden");
        try {
            Shown shown = verification();
            assertThat(shown.state()).isEqualTo(State.FAILED);
            assertThat(shown.api().path("firstFailure").path("reason").asText()).isEqualTo("UNREADABLE");
            assertThat(shown.badge().firstFailure().detail()).contains("could not be read");
        } finally {
            ledger.tamper("ALTER TABLE integrity_leaf_hidden RENAME TO integrity_leaf");
        }
    }

    /** Like a Certificate Transparency log, Accord never signs a tree that does not extend the one it signed. */
    @Test
    void noCheckpointIsSignedOverAStoredTreeThatNoLongerExtendsTheLatestCheckpoint() throws Exception {
        IntegrityLog log = accord.context().getBean(IntegrityLog.class);
        Checkpoint latest = log.latestCheckpoint().orElseThrow();
        // The highest stored subtree is part of every root and every consistency proof from here on.
        ledger.tamper(
                "ALTER TABLE integrity_node DISABLE TRIGGER refuse_node_update_or_delete",
                "UPDATE integrity_node SET hash = sha256(hash) WHERE (level, node_index) = "
                        + "(SELECT level, node_index FROM integrity_node ORDER BY level DESC, node_index LIMIT 1)",
                "ALTER TABLE integrity_node ENABLE TRIGGER refuse_node_update_or_delete");
        String project =
                api.as("ida").get("/api/projects").body().get(0).path("id").asText();
        assertThat(api.as("ida")
                        .post("/api/projects/" + project + "/comments", "{\"text\": \"After the log was changed\"}")
                        .status())
                .isEqualTo(201);

        assertThatThrownBy(() -> accord.context().getBean(Checkpoints.class).signNow())
                .hasMessageContaining("does not extend the checkpoint of " + latest.treeSize());
        assertThat(log.latestCheckpoint().orElseThrow().treeSize()).isEqualTo(latest.treeSize());
        assertThat(verification().state()).isEqualTo(State.FAILED);
    }

    /**
     * What GET /api/integrity answered and what the layout's badge showed after the same verification, and what
     * {@code verify --url=…} printed after one more.
     */
    private record Shown(JsonNode api, IntegrityStatus badge, VerifyAtTheTerminal.Printed terminal) {
        State state() {
            return State.valueOf(api.path("state").asText());
        }
    }

    /** Starts a verification as the administrator and waits for its end. */
    private static Shown verification() {
        HistoryVerification verification = accord.context().getBean(HistoryVerification.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> verification.status().state() != State.RUNNING);
        assertThat(api.as("ada").post("/api/integrity/verification", "").status())
                .isEqualTo(202);
        JsonNode answered = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.as("ida").get("/api/integrity").body(),
                        status -> !status.path("state").asText().equals("RUNNING"));
        // What the badge is sent: pushed to the subscription it holds open, once the status has changed.
        IntegrityStatus ended = verification.status();
        IntegrityStatus shown = await().atMost(Duration.ofSeconds(30))
                .until(() -> BADGE_FEED.isEmpty() ? null : BADGE_FEED.get(BADGE_FEED.size() - 1), ended::equals);
        assertThat(shown.state().name())
                .as("the badge")
                .isEqualTo(answered.path("state").asText());
        assertThat(shown.verifiedEvents())
                .as("the badge")
                .isEqualTo(answered.path("verifiedEvents").asLong());
        VerifyAtTheTerminal.Printed printed = VerifyAtTheTerminal.verify(
                "demo",
                "--url=" + base,
                "--user=ada",
                "--public-key=" + accord.context().getBean(CheckpointKey.class).verifier());
        assertThat(printed.failure()).as(printed.output()).isEqualTo(shown.firstFailure());
        assertThat(printed.verifiedEvents()).as(printed.output()).isEqualTo(shown.verifiedEvents());
        assertThat(printed.status()).isEqualTo(shown.state() == State.VERIFIED ? 0 : 1);
        return new Shown(answered, shown, printed);
    }

    private static void assertShownAt(Shown shown, Reason reason, Place place, long verifiedEvents) {
        assertThat(shown.state()).isEqualTo(State.FAILED);
        JsonNode failure = shown.api().path("firstFailure");
        assertThat(failure.path("reason").asText()).isEqualTo(reason.name());
        assertThat(new Place(
                        failure.path("globalIndex").asLong(),
                        failure.path("aggregateId").asText(),
                        failure.path("sequence").asLong()))
                .isEqualTo(place);
        assertThat(shown.api().path("verifiedEvents").asLong()).isEqualTo(verifiedEvents);
        IntegrityStatus.Failure onTheBadge = shown.badge().firstFailure();
        assertThat(new Place(onTheBadge.globalIndex(), onTheBadge.aggregateId(), onTheBadge.sequence()))
                .isEqualTo(place);
        assertThat(onTheBadge.reason()).isEqualTo(reason);
    }
}
