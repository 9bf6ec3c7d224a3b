package dev.accord.app.integrity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A ledger in a database of its own, migrated like Accord's, written by plain INSERTs (the V12 trigger logs each
 * event as the next leaf) and signed with a key of its own; the test connects as a superuser, which may do anything
 * to it. Nothing here goes through Accord, so tampering it harms no other test.
 */
final class TamperableLedger {

    /** Where an event is: what a verification must name when it finds it changed, missing or inserted. */
    record Place(long globalIndex, String aggregateId, long sequence) {}

    private final String url;
    private final String user;
    private final CheckpointKey key;
    private final IntegrityLog log;
    private final Map<String, Long> sequences = new HashMap<>();

    private TamperableLedger(String url, String user, CheckpointKey key) {
        this.url = url;
        this.user = user;
        this.key = key;
        this.log = new IntegrityLog(new JdbcTemplate(new DriverManagerDataSource(url, user, "")));
    }

    /** Creates the database on a server where {@code superuser} may do anything, and migrates it. */
    static TamperableLedger create(String serverUrl, String superuser, String database, CheckpointKey key)
            throws SQLException {
        try (Connection server = DriverManager.getConnection(serverUrl + "postgres", superuser, "");
                Statement sql = server.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        String url = serverUrl + database;
        Flyway.configure()
                .dataSource(url, superuser, "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new TamperableLedger(url, superuser, key);
    }

    /** A ledger that exists already, such as a running Accord's, signed with {@code key}. */
    static TamperableLedger of(String url, String superuser, CheckpointKey key) {
        return new TamperableLedger(url, superuser, key);
    }

    CheckpointKey key() {
        return key;
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** Appends {@code count} events to {@code aggregateId}'s stream, each in a transaction of its own as Axon does. */
    void append(String aggregateId, int count) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                     time_stamp, payload_type, payload_revision, payload, meta_data)
                     VALUES (?, ?, ?, 'Project', ?, 'dev.accord.domain.project.api.CommentAdded', '1', ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregateId);
                insert.setLong(3, sequence);
                insert.setString(4, Instant.now().toString());
                insert.setBytes(5, ("{\"text\":\"comment " + sequence + " on " + aggregateId + "\"}").getBytes());
                insert.setBytes(6, "{\"userId\":\"ada\"}".getBytes());
                insert.executeUpdate();
            }
        }
    }

    /** An append that rolls back after it drew its global index: the index stays unused for good (V1). */
    void leaveAGap() throws SQLException {
        try (Connection connection = connect();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                                                    time_stamp, payload_type, payload)
                    VALUES ('rolled back', 'nobody', 0, '2026-11-29T00:00:00Z', 'Nothing', '\\x7b7d')""");
            connection.rollback();
        }
    }

    /** Signs the tree as it is now and keeps the checkpoint, as Accord's Checkpoints does; returns its note. */
    String signCheckpoint() {
        long size = log.size();
        Checkpoint checkpoint = Checkpoint.sign(key, size, log.root(size), Instant.now());
        log.record(checkpoint);
        return checkpoint.note();
    }

    /** The root of the first {@code size} leaves as they are stored now, as whoever rewrote them would compute it. */
    byte[] rootOfLeaves(long size) throws SQLException {
        GrowingTree tree = new GrowingTree();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT leaf_hash FROM integrity_leaf WHERE leaf_index < ? ORDER BY leaf_index")) {
            query.setLong(1, size);
            try (ResultSet leaves = query.executeQuery()) {
                while (leaves.next()) {
                    tree.append(leaves.getBytes(1));
                }
            }
        }
        return tree.root();
    }

    long size() {
        return log.size();
    }

    /** The n-th event in global order, counted from 1. */
    Place event(int n) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT global_index, aggregate_identifier, "
                        + "sequence_number FROM domain_event_entry ORDER BY global_index OFFSET ? LIMIT 1")) {
            query.setInt(1, n - 1);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("the ledger has fewer than " + n + " events");
                }
                return new Place(row.getLong(1), row.getString(2), row.getLong(3));
            }
        }
    }

    /** Runs the statements in one transaction, as the superuser who can switch any trigger off. */
    void tamper(String... statements) throws SQLException {
        try (Connection connection = connect();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String statement : statements) {
                sql.execute(statement);
            }
            connection.commit();
        }
    }
}
