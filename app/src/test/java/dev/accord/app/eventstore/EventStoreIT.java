package dev.accord.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.accord.app.support.AccordIntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

@AccordIntegrationTest
class EventStoreIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEvents() {
        proposeOverHttp("Immutable " + UUID.randomUUID());
        long events = jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();

        // Refused by the table's triggers, whoever asks; Accord's own role is refused even before them when it has
        // an owner role beside it (HistoryOutOfAccordsReachIT).
        String refused = "events are immutable|permission denied for table domain_event_entry";
        assertThatThrownBy(() -> jdbc.sql("UPDATE domain_event_entry SET type = 'Forged'")
                        .update())
                .rootCause()
                .hasMessageFindingMatch(refused);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM domain_event_entry").update())
                .rootCause()
                .hasMessageFindingMatch(refused);
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE domain_event_entry").update())
                .rootCause()
                .hasMessageFindingMatch(refused);

        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(events);
    }

    /**
     * The ordering guarantee behind "no processor skips a committed event": while one append is uncommitted,
     * the next append cannot take a global index, so indexes become visible in commit order. Shown on a
     * private copy of the event table, so the probe rows never reach the application's processors.
     */
    @Test
    void aLaterAppendWaitsForTheEarlierOneToCommitSoIndexesFollowCommitOrder() throws Exception {
        String schema = "ordering_probe_" + UUID.randomUUID().toString().replace("-", "");
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();

        try (ProbeConnection first = new ProbeConnection(dataSource, schema);
                ProbeConnection second = new ProbeConnection(dataSource, schema)) {
            first.connection().setAutoCommit(false);
            long firstIndex = append(first.connection());

            CompletableFuture<Long> secondAppend = CompletableFuture.supplyAsync(() -> append(second.connection()));
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnAdvisoryLock() > 0);
            assertThat(secondAppend).isNotDone();

            first.connection().commit();
            long secondIndex = secondAppend.get();
            assertThat(secondIndex).isGreaterThan(firstIndex);
        } finally {
            jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
    }

    @Test
    void concurrentProposalsAreAllProjectedWithoutSkippingAny() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> proposals = new ArrayList<>();
        String batch = UUID.randomUUID().toString();
        for (int i = 0; i < 40; i++) {
            String title = "Concurrent " + batch + " #" + i;
            proposals.add(CompletableFuture.runAsync(() -> proposeOverHttp(title), clients));
        }
        CompletableFuture.allOf(proposals.toArray(CompletableFuture[]::new)).get();
        clients.shutdown();

        long projected = jdbc.sql("SELECT count(*) FROM project_summary WHERE title LIKE ?")
                .param("Concurrent " + batch + " #%")
                .query(Long.class)
                .single();
        assertThat(projected).isEqualTo(40);
        List<Long> indexes = jdbc.sql("SELECT global_index FROM domain_event_entry ORDER BY global_index")
                .query(Long.class)
                .list();
        assertThat(indexes).doesNotHaveDuplicates().isSorted();
    }

    private void proposeOverHttp(String title) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"title": "%s", "requestedBudget": {"amount": "1000.00", "currency": "EUR"}}""".formatted(title);
        assertThat(http.withBasicAuth("ivo", "demo")
                        .postForEntity("/api/projects", new HttpEntity<>(body, headers), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    /** A pooled connection pointed at the probe schema, and pointed back before it returns to the pool. */
    private record ProbeConnection(Connection connection) implements AutoCloseable {

        ProbeConnection(DataSource dataSource, String schema) throws SQLException {
            this(dataSource.getConnection());
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO " + schema);
            }
        }

        @Override
        public void close() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                statement.execute("RESET search_path");
            } finally {
                connection.close();
            }
        }
    }

    private static long append(Connection connection) {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload)
                VALUES (?, ?, 0, 'Probe', '2026-01-01T00:00:00Z', 'probe', '{}'::bytea)
                RETURNING global_index""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, UUID.randomUUID().toString());
            try (ResultSet index = insert.executeQuery()) {
                index.next();
                return index.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long waitingOnAdvisoryLock() {
        return jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                .query(Long.class)
                .single();
    }
}
