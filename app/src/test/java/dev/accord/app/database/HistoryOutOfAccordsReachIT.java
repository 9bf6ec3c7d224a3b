package dev.accord.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.integrity.IntegrityLog;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The role Accord runs as reads the history and appends to it, and can do nothing else to it: not rewrite, delete,
 * truncate, alter or drop the event table, nor switch its triggers off, nor write the integrity tables. Shown on the
 * shared application, which runs as that role; the rest of the suite shows that Accord works with no more (appends,
 * projections, a rebuild in RebuildReadModelsIT, a backup in BackupAndRestoreIT).
 */
@AccordIntegrationTest
class HistoryOutOfAccordsReachIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IntegrityLog integrityLog;

    @Autowired
    Environment environment;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void accordRunsWithTwoRoles() {
        // An external database without ACCORD_DB_OWNER_USER has one role for everything, by design (and says so).
        assumeTrue(
                NoDatabaseConfigured.isEmbedded(environment)
                        || OwnerRole.configuredIn(environment).isPresent(),
                "the suite runs on an external database without an owner role");
    }

    @Test
    void theHistoryIsOutOfReachOfAccordsOwnRole() {
        assertThat(integrityLog.applicationRoleCanRewriteHistory()).isFalse();
    }

    @Test
    void accordsRoleCannotSwitchTheTriggersOffNorRewriteTruncateAlterOrDropTheHistory() {
        long events = events();
        for (String statement : Tampering.ON_THE_HISTORY) {
            assertThatThrownBy(() -> rolledBack(statement))
                    .as(statement)
                    .rootCause()
                    .hasMessageFindingMatch(Tampering.REFUSED);
        }
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void accordsRoleMayOnlyReadTheHistoryAndAppendEventsAndCheckpoints() {
        Map<String, Set<String>> privileges =
                jdbc.sql("""
                        SELECT c.relname, p.privilege
                        FROM pg_class c
                        CROSS JOIN unnest('{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}'::text[]) p(privilege)
                        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
                          AND NOT pg_has_role(current_user, c.relowner, 'USAGE')
                          AND has_table_privilege(c.oid, p.privilege)""").query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                        .collect(Collectors.groupingBy(
                                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        Map<String, Set<String>> expected = Map.of(
                "domain_event_entry", Set.of("SELECT", "INSERT"),
                "integrity_checkpoint", Set.of("SELECT", "INSERT"), // Accord signs checkpoints
                "integrity_leaf", Set.of("SELECT"), // written by the event table's trigger, as the owner
                "integrity_node", Set.of("SELECT"),
                "flyway_schema_history", Set.of("SELECT"));
        assertThat(privileges)
                .as("every table Accord's role does not own, with what it may do to it")
                .isEqualTo(expected);
    }

    @Test
    void accordStillAppendsEventsAndTheyBecomeLeavesOfTheLog() {
        long events = events();
        long leaves = jdbc.sql("SELECT count(*) FROM integrity_leaf")
                .query(Long.class)
                .single();
        Api api = new Api(http, json);
        assertThat(api.propose(
                                "ida",
                                "Appended by the runtime role " + UUID.randomUUID(),
                                "1000.00",
                                FiscalYears.forProposalsOnly())
                        .status())
                .isEqualTo(201);
        long appended = events() - events;
        assertThat(appended).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM integrity_leaf")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(leaves + appended);
    }

    /** Should the database ever accept one, nothing of it stays for the other tests. */
    private void rolledBack(String statement) {
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            sql.execute(statement);
        });
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }
}
