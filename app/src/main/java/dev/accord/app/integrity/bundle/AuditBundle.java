package dev.accord.app.integrity.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accord.app.integrity.CanonicalEvent;
import dev.accord.app.integrity.Checkpoint;
import dev.accord.app.integrity.IntegrityLog;
import dev.accord.app.integrity.VerifierKey;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an audit bundle (docs/integrity.md, "Audit bundle") as a zip into a file: the events are read with a cursor
 * and their inclusion proofs made a batch at a time, so a bundle of the whole ledger never sits in memory. It is
 * written at the database's speed, in one snapshot on one connection, and the connection goes back to the pool before
 * a byte reaches the client: a slow download must not hold a connection (ten of them would exhaust the pool).
 */
@Component
class AuditBundle {

    static final String README = "README.txt";
    static final String PUBLIC_KEY = "public-key.txt";
    static final String CHECKPOINT = "checkpoint.txt";
    static final String EVENTS = "events.jsonl";
    static final String MANIFEST = "manifest.json";

    private static final int BATCH = 1_000;
    private static final String EVENT_COLUMNS = Arrays.stream(CanonicalEvent.COLUMNS.split(", "))
            .map(column -> "e." + column)
            .collect(Collectors.joining(", "));
    /** Events without a leaf are bundled too, so that the verifier names them instead of their going unseen. */
    private static final String EVENTS_UP_TO = "SELECT l.leaf_index, " + EVENT_COLUMNS
            + " FROM domain_event_entry e LEFT JOIN integrity_leaf l ON l.global_index = e.global_index"
            + " WHERE e.global_index <= ?";

    /** The checkpoint's last leaf is missing from the log: the bundle cannot be made, the log has been damaged. */
    static final class LeafMissing extends RuntimeException {
        LeafMissing(long leafIndex) {
            super("The integrity log is damaged: leaf " + leafIndex + ", the last of the signed checkpoint, is "
                    + "missing, so no bundle can be made. An administrator can run the history verification "
                    + "(POST /api/integrity/verification) to see what else is.");
        }
    }

    private final JdbcTemplate jdbc;
    private final IntegrityLog log;
    private final TransactionTemplate snapshot;
    private final ObjectMapper json = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    AuditBundle(JdbcTemplate jdbc, IntegrityLog log, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.log = log;
        // One snapshot for the events, the leaves and the nodes, on one connection: the proofs' nodes (read through
        // the IntegrityLog's JdbcTemplate) come from the connection this transaction holds.
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    void write(BundleScope scope, Checkpoint checkpoint, VerifierKey key, Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            entry(zip, README, Readme.of(scope, checkpoint, key));
            entry(zip, PUBLIC_KEY, key + "\n");
            entry(zip, CHECKPOINT, checkpoint.note());
            zip.putNextEntry(new ZipEntry(EVENTS));
            List<Long> globalIndexes = new ArrayList<>();
            long events = writeEvents(scope, checkpoint.treeSize(), zip, globalIndexes);
            zip.closeEntry();
            BundleManifest manifest = new BundleManifest(
                    BundleManifest.FORMAT,
                    scope.kind().json,
                    scope.subject(),
                    Instant.now(),
                    checkpoint.treeSize(),
                    checkpoint.rootHashBase64(),
                    events,
                    scope.kind() == BundleScope.Kind.LEDGER ? null : globalIndexes);
            entry(zip, MANIFEST, json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
        }
    }

    /** The scope's events up to the checkpoint's last leaf, each with its proof; returns how many. */
    private long writeEvents(BundleScope scope, long treeSize, OutputStream out, List<Long> globalIndexes)
            throws IOException {
        try {
            Long written = snapshot.execute(tx -> jdbc.execute((ConnectionCallback<Long>) connection -> {
                try (PreparedStatement query = connection.prepareStatement(EVENTS_UP_TO
                        + (scope.aggregates() == null ? "" : " AND e.aggregate_identifier = ANY (?)")
                        + " ORDER BY e.global_index")) {
                    query.setFetchSize(BATCH); // a cursor (the transaction is open), not the whole result at once
                    query.setLong(1, lastLoggedGlobalIndex(connection, treeSize));
                    if (scope.aggregates() != null) {
                        query.setArray(
                                2,
                                connection.createArrayOf(
                                        "text", scope.aggregates().toArray()));
                    }
                    return writeRows(query, treeSize, out, globalIndexes, scope);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return written == null ? 0 : written;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The event the checkpoint's last leaf logs bounds the bundle. Without that leaf the bound would be nothing, and
     * a project's bundle would hold no event at all and still check out: refused instead.
     */
    private static long lastLoggedGlobalIndex(Connection connection, long treeSize) throws SQLException {
        try (PreparedStatement leaf =
                connection.prepareStatement("SELECT global_index FROM integrity_leaf WHERE leaf_index = ?")) {
            leaf.setLong(1, treeSize - 1);
            try (ResultSet row = leaf.executeQuery()) {
                if (!row.next()) {
                    throw new LeafMissing(treeSize - 1);
                }
                return row.getLong(1);
            }
        }
    }

    private long writeRows(
            PreparedStatement query, long treeSize, OutputStream out, List<Long> globalIndexes, BundleScope scope)
            throws SQLException, IOException {
        long written = 0;
        try (ResultSet rows = query.executeQuery()) {
            List<Row> batch = new ArrayList<>(BATCH);
            while (rows.next()) {
                batch.add(row(rows));
                if (batch.size() == BATCH) {
                    written += writeBatch(batch, treeSize, out, globalIndexes, scope);
                }
            }
            written += writeBatch(batch, treeSize, out, globalIndexes, scope);
        }
        return written;
    }

    private record Row(Long leafIndex, CanonicalEvent event) {}

    private long writeBatch(
            List<Row> batch, long treeSize, OutputStream out, List<Long> globalIndexes, BundleScope scope)
            throws IOException {
        // One round trip, on the snapshot's connection, for every stored node the batch's proofs read.
        List<BundledEvent> lines = log.withTree(tree -> batch.stream()
                .map(row -> row.leafIndex() == null
                        ? BundledEvent.of(null, row.event(), null, null)
                        : BundledEvent.of(
                                row.leafIndex(),
                                row.event(),
                                tree.leaf(row.leafIndex()),
                                tree.inclusionProof(row.leafIndex(), treeSize)))
                .toList());
        for (BundledEvent line : lines) {
            json.writeValue(out, line);
            out.write('\n');
            if (scope.kind() != BundleScope.Kind.LEDGER) {
                globalIndexes.add(line.globalIndex());
            }
        }
        batch.clear();
        return lines.size();
    }

    private static Row row(ResultSet rows) throws SQLException {
        long leafIndex = rows.getLong(1);
        Long leaf = rows.wasNull() ? null : leafIndex;
        return new Row(leaf, CanonicalEvent.read(rows, 2));
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
