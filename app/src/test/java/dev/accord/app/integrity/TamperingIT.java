package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.integrity.HistoryCheck.Verdict;
import dev.accord.app.integrity.TamperableLedger.Place;
import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What someone with the database's superuser can do to the history behind Accord's back, and how each is found and
 * located: a byte of a payload changed, an event deleted or slipped in, the tail cut off (with or without the log and
 * its checkpoints), events rewritten together with their logged hashes, a checkpoint forged. Each test tampers a
 * ledger of its own, on a PostgreSQL server of this class's own where the test is the superuser, whichever database
 * the rest of the suite runs on.
 */
class TamperingIT {

    @TempDir
    static Path serverDirectory;

    private static EmbeddedPostgres server;
    private static final AtomicInteger LEDGERS = new AtomicInteger();

    /** Every way of checking a history. */
    static Stream<HistoryCheck> checks() {
        return Stream.of(HistoryCheck.ledgerVerifier(), HistoryCheck.verifyCommand());
    }

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(serverDirectory.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** Twenty events of two projects, signed at 10 and at 20; the auditor exported both checkpoints. */
    private record SignedLedger(TamperableLedger ledger, List<String> exported) {}

    private static SignedLedger aSignedLedger() throws Exception {
        TamperableLedger ledger = TamperableLedger.create(
                "jdbc:postgresql://localhost:" + server.getPort() + "/",
                "postgres",
                "ledger_" + LEDGERS.incrementAndGet(),
                CheckpointKey.generate("accord/tampering"));
        ledger.append("project-a", 5);
        ledger.append("project-b", 5);
        String atTen = ledger.signCheckpoint();
        ledger.append("project-a", 5);
        ledger.append("project-b", 5);
        String atTwenty = ledger.signCheckpoint();
        return new SignedLedger(ledger, List.of(atTen, atTwenty));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void anUntouchedHistoryIsVerified(HistoryCheck check) throws Exception {
        SignedLedger signed = aSignedLedger();

        assertThat(check.check(signed.ledger(), List.of())).isEqualTo(new Verdict(20, null));
        assertThat(check.check(signed.ledger(), signed.exported())).isEqualTo(new Verdict(20, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void aPayloadWithOneByteChangedIsFoundChangedAtThatEvent(HistoryCheck check) throws Exception {
        SignedLedger signed = aSignedLedger();
        Place seventh = signed.ledger().event(7);

        signed.ledger()
                .tamper(
                        "ALTER TABLE domain_event_entry DISABLE TRIGGER refuse_event_update_or_delete",
                        "UPDATE domain_event_entry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) "
                                + "WHERE global_index = " + seventh.globalIndex(),
                        "ALTER TABLE domain_event_entry ENABLE TRIGGER refuse_event_update_or_delete");

        Verdict verdict = check.check(signed.ledger(), signed.exported());
        assertFoundAt(verdict, Reason.CHANGED, seventh);
        assertThat(verdict.verifiedEvents()).as("the events before it").isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void aDeletedEventIsFoundMissingWhereItWas(HistoryCheck check) throws Exception {
        SignedLedger signed = aSignedLedger();
        Place twelfth = signed.ledger().event(12);

        signed.ledger()
                .tamper(
                        "ALTER TABLE domain_event_entry DISABLE TRIGGER refuse_event_update_or_delete",
                        "DELETE FROM domain_event_entry WHERE global_index = " + twelfth.globalIndex(),
                        "ALTER TABLE domain_event_entry ENABLE TRIGGER refuse_event_update_or_delete");

        Verdict verdict = check.check(signed.ledger(), signed.exported());
        assertFoundAt(verdict, Reason.MISSING, twelfth);
        assertThat(verdict.verifiedEvents()).isEqualTo(11);
    }

    /** A rolled-back append leaves a global index unused for good; an event slipped into it was never logged. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void anEventSlippedIntoAGapOfTheHistoryIsFoundInserted(HistoryCheck check) throws Exception {
        SignedLedger signed = aSignedLedger();
        TamperableLedger ledger = signed.ledger();
        ledger.leaveAGap();
        ledger.append("project-a", 3);
        ledger.signCheckpoint();
        long gap = signed.ledger().event(20).globalIndex() + 1;
        assertThat(ledger.event(21).globalIndex()).as("the gap").isEqualTo(gap + 1);

        ledger.tamper(
                "ALTER TABLE domain_event_entry DISABLE TRIGGER assign_event_global_index",
                "ALTER TABLE domain_event_entry DISABLE TRIGGER record_event_leaf",
                """
                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                                                sequence_number, type, time_stamp, payload_type, payload_revision,
                                                payload, meta_data)
                VALUES (%d, 'slipped-in', 'project-b', 10, 'Project', '%s',
                        'dev.accord.domain.project.api.CommentAdded', '1', '{"text":"approved long ago"}',
                        '{"userId":"ada"}')""".formatted(gap, Instant.now()),
                "ALTER TABLE domain_event_entry ENABLE TRIGGER record_event_leaf",
                "ALTER TABLE domain_event_entry ENABLE TRIGGER assign_event_global_index");

        Verdict verdict = check.check(ledger, signed.exported());
        assertFoundAt(verdict, Reason.INSERTED, new Place(gap, "project-b", 10));
        assertThat(verdict.verifiedEvents()).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void anEventAppendedWhileTheLogWasSwitchedOffIsFoundInserted(HistoryCheck check) throws Exception {
        SignedLedger signed = aSignedLedger();

        signed.ledger().tamper("ALTER TABLE domain_event_entry DISABLE TRIGGER record_event_leaf");
        signed.ledger().append("project-c", 1);
        signed.ledger().tamper("ALTER TABLE domain_event_entry ENABLE TRIGGER record_event_leaf");

        Verdict verdict = check.check(signed.ledger(), signed.exported());
        assertFoundAt(verdict, Reason.INSERTED, signed.ledger().event(21));
        assertThat(verdict.verifiedEvents()).isEqualTo(20);
    }

    /** The events alone: the log still lists them, so no checkpoint kept elsewhere is needed to notice. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void aTailCutOffTheEventTableIsFoundMissingFromItsFirstEvent(HistoryCheck check) throws Exception {
        SignedLedger signed = aSignedLedger();
        Place fifteenth = signed.ledger().event(15);
        Place sixteenth = signed.ledger().event(16);

        signed.ledger()
                .tamper(
                        "ALTER TABLE domain_event_entry DISABLE TRIGGER refuse_event_update_or_delete",
                        "DELETE FROM domain_event_entry WHERE global_index > " + fifteenth.globalIndex(),
                        "ALTER TABLE domain_event_entry ENABLE TRIGGER refuse_event_update_or_delete");

        Verdict verdict = check.check(signed.ledger(), List.of());
        assertFoundAt(verdict, Reason.MISSING, sixteenth);
        assertThat(verdict.verifiedEvents()).isEqualTo(15);
    }

    /**
     * A thorough attacker cuts the events, their leaves and subtrees, and the checkpoints that signed them: what is
     * left is a smaller history that is consistent in itself. Only a checkpoint kept outside the database shows it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void aTailCutOffWithItsLogAndCheckpointsIsFoundMissingByTheCheckpointKeptElsewhere(HistoryCheck check)
            throws Exception {
        SignedLedger signed = aSignedLedger();
        Place tenth = signed.ledger().event(10);

        signed.ledger()
                .tamper(
                        "ALTER TABLE domain_event_entry DISABLE TRIGGER USER",
                        "ALTER TABLE integrity_leaf DISABLE TRIGGER USER",
                        "ALTER TABLE integrity_node DISABLE TRIGGER USER",
                        "ALTER TABLE integrity_checkpoint DISABLE TRIGGER USER",
                        "DELETE FROM domain_event_entry WHERE global_index > " + tenth.globalIndex(),
                        "DELETE FROM integrity_leaf WHERE leaf_index >= 10",
                        "DELETE FROM integrity_node WHERE (node_index + 1) * (1::BIGINT << level) > 10",
                        "DELETE FROM integrity_checkpoint WHERE tree_size > 10",
                        "ALTER TABLE domain_event_entry ENABLE TRIGGER USER",
                        "ALTER TABLE integrity_leaf ENABLE TRIGGER USER",
                        "ALTER TABLE integrity_node ENABLE TRIGGER USER",
                        "ALTER TABLE integrity_checkpoint ENABLE TRIGGER USER");

        assertThat(check.check(signed.ledger(), List.of()))
                .as("the database alone cannot tell")
                .isEqualTo(new Verdict(10, null));
        Verdict verdict = check.check(signed.ledger(), signed.exported());
        assertThat(verdict.failure()).isNotNull();
        assertThat(verdict.failure().reason()).isEqualTo(Reason.MISSING);
        assertThat(verdict.failure().detail())
                .contains("signed for 20 events")
                .contains("ends after 10 (global index " + tenth.globalIndex() + ")");
        assertThat(verdict.verifiedEvents()).isEqualTo(10);
    }

    /**
     * A leaf hash rewritten to match its rewritten event hides the event's change, but not from the subtree logged
     * over it when the next leaf was appended: the change is located to the two leaves under it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void anEventRewrittenWithItsLoggedHashIsFoundByTheSubtreeLoggedOverIt(HistoryCheck check) throws Exception {
        SignedLedger signed = aSignedLedger();
        Place fifteenth = signed.ledger().event(15);

        rewriteWithItsLeaf(signed.ledger(), fifteenth);

        Verdict verdict = check.check(signed.ledger(), List.of());
        assertThat(verdict.failure()).isNotNull();
        assertThat(verdict.failure().reason()).isEqualTo(Reason.CHANGED);
        assertThat(verdict.failure().detail()).contains("leaves 14 to 15");
        assertThat(verdict.verifiedEvents()).isLessThanOrEqualTo(15);
    }

    /**
     * The whole log rebuilt to match the rewritten events hides the change from everything in the database; the
     * root the checkpoint signed does not match any more, which locates the change to the events that checkpoint
     * added.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void eventsRewrittenWithTheWholeLogAreFoundByTheSignedRootAndLocatedToItsRange(HistoryCheck check)
            throws Exception {
        SignedLedger signed = aSignedLedger();
        Place eleventh = signed.ledger().event(11);
        Place fifteenth = signed.ledger().event(15);
        Place twentieth = signed.ledger().event(20);

        rewriteWithItsLeaf(signed.ledger(), fifteenth);
        rebuildTheLog(signed.ledger());

        Verdict verdict = check.check(signed.ledger(), List.of());
        assertThat(verdict.failure()).isNotNull();
        assertThat(verdict.failure().reason()).isEqualTo(Reason.CHANGED);
        assertThat(verdict.failure().globalIndex())
                .as("located to a range only")
                .isNull();
        assertThat(verdict.failure().detail())
                .contains("events 11 to 20 (global index " + eleventh.globalIndex() + " to " + twentieth.globalIndex()
                        + ")")
                .contains("the first 10 still hash to theirs");
        assertThat(verdict.verifiedEvents())
                .as("proved up to the checkpoint that still matches")
                .isEqualTo(10);
    }

    /** Whoever rewrote the history cannot sign it again: a checkpoint under another key is refused. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void aStoredCheckpointNotSignedByTheLedgersKeyIsFound(HistoryCheck check) throws Exception {
        SignedLedger signed = aSignedLedger();
        TamperableLedger ledger = signed.ledger();
        rewriteWithItsLeaf(ledger, ledger.event(15));
        // The attacker's key carries the ledger's name, so only the key id and the signature give it away.
        CheckpointKey attackers = CheckpointKey.generate(ledger.key().name());
        Checkpoint forged = Checkpoint.sign(attackers, 20, ledger.rootOfLeaves(20), Instant.now());

        ledger.tamper(
                "ALTER TABLE integrity_checkpoint DISABLE TRIGGER refuse_checkpoint_update_or_delete",
                "UPDATE integrity_checkpoint SET root_hash = '\\x%s', note = '%s' WHERE tree_size = 20"
                        .formatted(HexFormat.of().formatHex(forged.rootHash()), forged.note()),
                "ALTER TABLE integrity_checkpoint ENABLE TRIGGER refuse_checkpoint_update_or_delete");

        Verdict verdict = check.check(ledger, List.of());
        assertThat(verdict.failure()).isNotNull();
        assertThat(verdict.failure().reason()).isEqualTo(Reason.CHANGED);
        assertThat(verdict.failure().detail())
                .contains("the checkpoint stored for 20 events is not one this " + "ledger's key");
        assertThat(verdict.verifiedEvents()).isZero();
    }

    /** Changes one byte of the event's payload and sets its leaf to the hash of the changed event. */
    private static void rewriteWithItsLeaf(TamperableLedger ledger, Place event) throws Exception {
        ledger.tamper(
                "ALTER TABLE domain_event_entry DISABLE TRIGGER refuse_event_update_or_delete",
                "ALTER TABLE integrity_leaf DISABLE TRIGGER refuse_leaf_update_or_delete",
                "UPDATE domain_event_entry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) "
                        + "WHERE global_index = " + event.globalIndex(),
                // The database's own canonical form (V12) gives the hash Accord would have logged.
                "UPDATE integrity_leaf l SET leaf_hash = sha256('\\x00'::BYTEA || integrity_canonical_event(e)) "
                        + "FROM domain_event_entry e WHERE e.global_index = l.global_index "
                        + "AND l.global_index = " + event.globalIndex(),
                "ALTER TABLE integrity_leaf ENABLE TRIGGER refuse_leaf_update_or_delete",
                "ALTER TABLE domain_event_entry ENABLE TRIGGER refuse_event_update_or_delete");
    }

    /** Every leaf and subtree recomputed from the events as they now are, with the database's own functions (V12). */
    private static void rebuildTheLog(TamperableLedger ledger) throws Exception {
        ledger.tamper(
                "ALTER TABLE integrity_leaf DISABLE TRIGGER USER",
                "ALTER TABLE integrity_node DISABLE TRIGGER USER",
                "DELETE FROM integrity_node",
                "DELETE FROM integrity_leaf",
                """
                DO $$
                DECLARE
                    event domain_event_entry;
                BEGIN
                    FOR event IN SELECT * FROM domain_event_entry ORDER BY global_index LOOP
                        PERFORM integrity_append(event);
                    END LOOP;
                END $$""",
                "ALTER TABLE integrity_node ENABLE TRIGGER USER",
                "ALTER TABLE integrity_leaf ENABLE TRIGGER USER");
    }

    private static void assertFoundAt(Verdict verdict, Reason reason, Place place) {
        Failure failure = verdict.failure();
        assertThat(failure).as("a failure").isNotNull();
        assertThat(failure.reason()).isEqualTo(reason);
        assertThat(new Place(failure.globalIndex(), failure.aggregateId(), failure.sequence()))
                .isEqualTo(place);
    }
}
