package dev.accord.ops.bench;

import dev.accord.ops.harness.ServerDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What writing the rebuild's largest read model costs by itself, on the same PostgreSQL: one timeline row per
 * event (a comment's sentence, as the timeline projection writes it), with no event read, no Axon and no Spring.
 * Two ways, each into a fresh unlogged table with only the timeline's primary key, as a rebuild's scratch copy:
 * <ul>
 *   <li>the way the projections write during a rebuild: INSERT … ON CONFLICT DO NOTHING, sent in JDBC batches that
 *       the driver turns into multi-row INSERTs, a commit every 1,000 rows, one connection;</li>
 *   <li>COPY, the fastest way in, which the projections cannot use (it has no ON CONFLICT).</li>
 * </ul>
 * A rebuild through the projections cannot be faster than the first figure; the ratio of either to the raw read
 * bounds what a rebuild on this machine can reach.
 */
final class WriteFloor {

    private static final String COLUMNS = "project_id, sequence, type, at, actor_id, actor_name, side, summary, "
            + "change_id, subject, thread_sequence";
    private static final String SENTENCE = "Fay Lind commented on the project: \u201cPlease attach the supplier's "
            + "quote to the next estimate.\u201d";
    private static final int PROJECTS = 10_000;
    private static final int COMMIT_EVERY = 1_000;

    record Result(long rows, Duration took) {
        double rowsPerSecond() {
            return rows / (took.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return "%,d rows in %.1f s: %,.0f rows/s".formatted(rows, took.toNanos() / 1e9, rowsPerSecond());
        }
    }

    private WriteFloor() {}

    static Result batchedInserts(ServerDatabase database, int rows) throws SQLException {
        return into(database, "write_floor_insert", (db, projects) -> {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO write_floor_insert (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, sequence) DO NOTHING")) {
                Timestamp at = Timestamp.from(Instant.now());
                for (int n = 0; n < rows; n++) {
                    insert.setObject(1, projects[n % PROJECTS]);
                    insert.setLong(2, n / PROJECTS);
                    insert.setString(3, "CommentAdded");
                    insert.setTimestamp(4, at);
                    insert.setString(5, "fay");
                    insert.setString(6, "Fay Lind");
                    insert.setString(7, "FINANCE");
                    insert.setString(8, SENTENCE);
                    insert.setNull(9, Types.OTHER);
                    insert.setNull(10, Types.VARCHAR);
                    insert.setLong(11, n / PROJECTS);
                    insert.addBatch();
                    if ((n + 1) % COMMIT_EVERY == 0 || n == rows - 1) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
        });
    }

    static Result copy(ServerDatabase database, int rows) throws SQLException {
        return into(database, "write_floor_copy", (db, projects) -> {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            String at = Instant.now().toString();
            StringBuilder chunk = new StringBuilder();
            try {
                for (int n = 0; n < rows; n++) {
                    chunk.append(projects[n % PROJECTS])
                            .append('\t')
                            .append(n / PROJECTS)
                            .append("\tCommentAdded\t")
                            .append(at)
                            .append("\tfay\tFay Lind\tFINANCE\t")
                            .append(SENTENCE)
                            .append("\t\\N\t\\N\t")
                            .append(n / PROJECTS)
                            .append('\n');
                    if ((n + 1) % COMMIT_EVERY == 0 || n == rows - 1) {
                        copy.copyIn(
                                "COPY write_floor_copy (" + COLUMNS + ") FROM STDIN",
                                new StringReader(chunk.toString()));
                        db.commit();
                        chunk.setLength(0);
                    }
                }
            } catch (java.io.IOException e) {
                throw new SQLException("COPY failed", e);
            }
        });
    }

    private interface Writing {
        void write(Connection db, UUID[] projects) throws SQLException;
    }

    private static Result into(ServerDatabase database, String table, Writing writing) throws SQLException {
        UUID[] projects = new UUID[PROJECTS];
        for (int i = 0; i < PROJECTS; i++) {
            projects[i] = UUID.randomUUID();
        }
        try (Connection db = database.connectWith("reWriteBatchedInserts=true")) {
            try (Statement sql = db.createStatement()) {
                sql.execute("CREATE UNLOGGED TABLE " + table + " (LIKE timeline_entry INCLUDING DEFAULTS) "
                        + "WITH (autovacuum_enabled = false)");
                sql.execute("ALTER TABLE " + table + " ADD PRIMARY KEY (project_id, sequence)");
            }
            db.setAutoCommit(false);
            long started = System.nanoTime();
            writing.write(db, projects);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            db.setAutoCommit(true);
            long written;
            try (Statement sql = db.createStatement()) {
                var count = sql.executeQuery("SELECT count(*) FROM " + table);
                count.next();
                written = count.getLong(1);
                sql.execute("DROP TABLE " + table);
            }
            return new Result(written, took);
        }
    }
}
