package dev.accord.app.integrity.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accord.app.integrity.CanonicalEvent;
import dev.accord.app.integrity.Checkpoint;
import dev.accord.app.integrity.IntegrityLog;
import dev.accord.app.integrity.VerifierKey;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * Writes an audit bundle (docs/integrity.md, "Audit bundle") as a zip, streamed: the events are read with a cursor
 * and their inclusion proofs made a batch at a time, so a bundle of the whole ledger never sits in memory.
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
            .map(column -> "e." + column).collect(Collectors.joining(", "));
    /** Events without a leaf are bundled too, so that the verifier names them instead of their going unseen. */
    private static final String EVENTS_UP_TO_LEAF = "SELECT l.leaf_index, " + EVENT_COLUMNS
            + " FROM domain_event_entry e LEFT JOIN integrity_leaf l ON l.global_index = e.global_index"
            + " WHERE e.global_index <= (SELECT global_index FROM integrity_leaf WHERE leaf_index = ?)";

    private final DataSource dataSource;
    private final IntegrityLog log;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    AuditBundle(DataSource dataSource, IntegrityLog log) {
        this.dataSource = dataSource;
        this.log = log;
    }

    void write(BundleScope scope, Checkpoint checkpoint, VerifierKey key, OutputStream out)
            throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, README, Readme.of(scope, checkpoint, key));
        entry(zip, PUBLIC_KEY, key + "\n");
        entry(zip, CHECKPOINT, checkpoint.note());
        zip.putNextEntry(new ZipEntry(EVENTS));
        List<Long> globalIndexes = new ArrayList<>();
        long events = writeEvents(scope, checkpoint.treeSize(), zip, globalIndexes);
        zip.closeEntry();
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, scope.kind().json, scope.subject(),
                Instant.now(), checkpoint.treeSize(), checkpoint.rootHashBase64(), events,
                scope.kind() == BundleScope.Kind.LEDGER ? null : globalIndexes);
        entry(zip, MANIFEST, json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
        zip.finish();
    }

    /** The scope's events up to the checkpoint's last leaf, each with its proof; returns how many. */
    private long writeEvents(BundleScope scope, long treeSize, OutputStream out, List<Long> globalIndexes)
            throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // a cursor, not the whole result at once
            try (PreparedStatement query = connection.prepareStatement(EVENTS_UP_TO_LEAF
                    + (scope.aggregates() == null ? "" : " AND e.aggregate_identifier = ANY (?)")
                    + " ORDER BY e.global_index")) {
                query.setFetchSize(BATCH);
                query.setLong(1, treeSize - 1);
                if (scope.aggregates() != null) {
                    query.setArray(2, connection.createArrayOf("text", scope.aggregates().toArray()));
                }
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
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private record Row(Long leafIndex, CanonicalEvent event) {
    }

    private long writeBatch(List<Row> batch, long treeSize, OutputStream out, List<Long> globalIndexes,
                            BundleScope scope) throws IOException {
        // One round trip for every stored node the batch's proofs read.
        List<BundledEvent> lines = log.withTree(tree -> batch.stream().map(row -> row.leafIndex() == null
                ? BundledEvent.of(null, row.event(), null, null)
                : BundledEvent.of(row.leafIndex(), row.event(), tree.leaf(row.leafIndex()),
                tree.inclusionProof(row.leafIndex(), treeSize))).toList());
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
        return new Row(leaf, new CanonicalEvent(rows.getLong(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getLong(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getBytes(10), rows.getBytes(11)));
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
