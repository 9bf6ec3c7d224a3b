package dev.accord.ops.bench;

import dev.accord.ops.harness.ServerDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Appends event rows with COPY, the fastest way into PostgreSQL, in COPY's text format. The table's own trigger
 * still runs for every row and hands out its global index, so the rows are ordered exactly as appends by the
 * application would be. Commits every {@link #ROWS_PER_TRANSACTION} rows.
 */
final class EventCopy implements AutoCloseable {

    static final int ROWS_PER_TRANSACTION = 100_000;
    private static final String COPY = "COPY domain_event_entry (event_identifier, aggregate_identifier, "
            + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) FROM STDIN";
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int FLUSH_BYTES = 1 << 20;

    private final Connection db;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 64 * 1024);
    private CopyIn copy;
    private long rowsInTransaction;
    private long rows;

    EventCopy(ServerDatabase database) throws SQLException {
        this.db = database.connect();
        db.setAutoCommit(false);
    }

    void append(EventRow row) throws SQLException {
        if (copy == null) {
            copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        }
        text(row.eventIdentifier());
        tab();
        text(row.aggregateIdentifier());
        tab();
        text(Long.toString(row.sequenceNumber()));
        tab();
        text(row.type());
        tab();
        text(row.timeStamp());
        tab();
        text(row.payloadType());
        tab();
        text(row.payloadRevision());
        tab();
        bytea(row.payload());
        tab();
        bytea(row.metaData());
        buffer.write('\n');
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
        if (++rowsInTransaction == ROWS_PER_TRANSACTION) {
            commit();
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the COPY under way and commits what was appended. */
    void commit() throws SQLException {
        if (copy != null) {
            flush();
            copy.endCopy();
            copy = null;
        }
        db.commit();
        rowsInTransaction = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            commit();
        } finally {
            db.close();
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        buffer.reset();
    }

    private void tab() {
        buffer.write('\t');
    }

    /** A text column; COPY's escapes for the few characters it treats specially, \N for SQL NULL. */
    private void text(String value) {
        if (value == null) {
            buffer.writeBytes("\\N".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        String escaped = value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
        buffer.writeBytes(escaped.getBytes(StandardCharsets.UTF_8));
    }

    /** A bytea column in hex input format; its backslash doubled because COPY's text format unescapes it. */
    private void bytea(byte[] value) {
        if (value == null) {
            buffer.writeBytes("\\N".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        buffer.write('\\');
        buffer.write('\\');
        buffer.write('x');
        for (byte b : value) {
            buffer.write(HEX[(b >> 4) & 0xf]);
            buffer.write(HEX[b & 0xf]);
        }
    }
}
