package dev.accord.ops.bench;

import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.ServerDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One project's stream read straight over JDBC, the way Axon's JDBC storage engine reads an aggregate: batches of
 * consecutive sequence numbers, one query each (its default batch is 100 events). Timed with other batch sizes and
 * with a Jackson parse of each payload, it shows how much of an as-of request is round trips and how much is JSON.
 */
final class StreamRead {

    private static final int SAMPLES = 20;

    private StreamRead() {}

    static Stats time(ServerDatabase database, UUID project, int batchSize, boolean parse)
            throws SQLException, IOException {
        try (Connection db = database.connect();
                PreparedStatement select = db.prepareStatement("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ?
                  AND sequence_number < ? ORDER BY sequence_number""")) {
            select.setFetchSize(batchSize);
            for (int i = 0; i < 5; i++) {
                read(select, project, batchSize, parse);
            }
            long[] nanos = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                long started = System.nanoTime();
                read(select, project, batchSize, parse);
                nanos[i] = System.nanoTime() - started;
            }
            return Stats.ofNanos(nanos);
        }
    }

    private static long read(PreparedStatement select, UUID project, int batchSize, boolean parse)
            throws SQLException, IOException {
        long next = 0;
        long bytes = 0;
        while (true) {
            select.setString(1, project.toString());
            select.setLong(2, next);
            select.setLong(3, next + batchSize);
            int rows = 0;
            try (ResultSet events = select.executeQuery()) {
                while (events.next()) {
                    byte[] payload = events.getBytes(9);
                    bytes += payload.length
                            + events.getString(2).length()
                            + events.getString(6).length();
                    if (parse) {
                        bytes += AccordApi.json().readTree(payload).size();
                    }
                    rows++;
                }
            }
            if (rows < batchSize) {
                return bytes;
            }
            next += batchSize;
        }
    }
}
