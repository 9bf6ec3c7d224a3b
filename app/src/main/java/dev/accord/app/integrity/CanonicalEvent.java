package dev.accord.app.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An event exactly as the event table holds it, and the bytes its leaf hash is taken of (docs/integrity.md): every
 * column in table order; integers as 8-byte big-endian; texts as UTF-8; each text or byte string behind its 4-byte
 * big-endian length, NULL as the length 0xFFFFFFFF. Migration V12 computes the same bytes in the database when the
 * event is appended; this class recomputes them on its own, so a verification does not trust the database's code.
 */
public record CanonicalEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        String timeStamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData) {

    public static final String COLUMNS = "global_index, event_identifier, type, aggregate_identifier, sequence_number, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    private static final int NULL = 0xFFFFFFFF;

    /** Reads the {@link #COLUMNS}, in their order, from a row starting at column {@code first}. */
    public static CanonicalEvent read(ResultSet row, int first) throws SQLException {
        return new CanonicalEvent(
                row.getLong(first),
                row.getString(first + 1),
                row.getString(first + 2),
                row.getString(first + 3),
                row.getLong(first + 4),
                row.getString(first + 5),
                row.getString(first + 6),
                row.getString(first + 7),
                row.getBytes(first + 8),
                row.getBytes(first + 9));
    }

    public byte[] canonicalBytes() {
        // Sized for the row; a NULL payload is impossible in Accord's schema but must still hash, not crash.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(
                128 + (payload == null ? 0 : payload.length) + (metaData == null ? 0 : metaData.length));
        writeLong(bytes, globalIndex);
        writeText(bytes, eventIdentifier);
        writeText(bytes, aggregateType);
        writeText(bytes, aggregateIdentifier);
        writeLong(bytes, sequenceNumber);
        writeText(bytes, timeStamp);
        writeText(bytes, payloadType);
        writeText(bytes, payloadRevision);
        writeBytes(bytes, payload);
        writeBytes(bytes, metaData);
        return bytes.toByteArray();
    }

    public byte[] leafHash() {
        return MerkleHashes.leaf(canonicalBytes());
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static void writeText(ByteArrayOutputStream out, String text) {
        writeBytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES)
                .putInt(value == null ? NULL : value.length)
                .array());
        if (value != null) {
            out.writeBytes(value);
        }
    }
}
