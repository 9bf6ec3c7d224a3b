package dev.accord.ops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.ServerDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The reference for the rebuild: every row of the event table in global-index order over one JDBC cursor, every
 * column a streaming processor reads, payload and metadata bytes included. Nothing is done with the rows; the
 * parsing variant also turns each payload into a Jackson tree, to show what deserialization alone adds.
 */
final class RawRead {

    private static final int FETCH_SIZE = 1000;

    record Result(long rows, long bytes, Duration took) {
        double eventsPerSecond() {
            return rows / (took.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return "%,d events (%,d MB of payload and metadata) in %.1f s: %,.0f events/s"
                    .formatted(rows, bytes >> 20, took.toNanos() / 1e9, eventsPerSecond());
        }
    }

    private RawRead() {}

    static Result read(ServerDatabase database, boolean parsePayloads) throws SQLException, IOException {
        ObjectMapper json = AccordApi.json();
        long started = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        long check = 0;
        try (Connection db = database.connect()) {
            // Without a transaction PostgreSQL's driver fetches the whole result at once; with one it uses a cursor.
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.setFetchSize(FETCH_SIZE);
                try (ResultSet events = sql.executeQuery("""
                        SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type,
                               time_stamp, payload_type, payload_revision, payload, meta_data
                        FROM domain_event_entry ORDER BY global_index""")) {
                    while (events.next()) {
                        check += events.getLong(1) + events.getLong(4);
                        check += events.getString(2).length()
                                + events.getString(3).length()
                                + events.getString(5).length()
                                + events.getString(6).length()
                                + events.getString(7).length();
                        byte[] payload = events.getBytes(9);
                        byte[] metaData = events.getBytes(10);
                        bytes += payload.length + (metaData == null ? 0 : metaData.length);
                        if (parsePayloads) {
                            check += json.readTree(payload).size();
                        }
                        rows++;
                    }
                }
            }
            db.commit();
        }
        if (check == 42) {
            System.out.print(""); // keeps the reads from being optimised away
        }
        return new Result(rows, bytes, Duration.ofNanos(System.nanoTime() - started));
    }
}
