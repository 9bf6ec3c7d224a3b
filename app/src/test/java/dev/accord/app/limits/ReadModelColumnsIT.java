package dev.accord.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.domain.project.api.ProposalRules;
import dev.accord.domain.shared.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read-model columns are held to the domain's limits: a text column of bounded length is at least as long as the
 * longest line the domain accepts ({@link Texts#LINE_MAX_LENGTH}), and no figure has a precision a ledger could
 * outgrow. A migration that narrows a column, or a rule that allows more than its column, fails here.
 */
@AccordIntegrationTest
class ReadModelColumnsIT {

    /** Bounded columns that hold codes Accord writes itself, never people's text. */
    private static final List<String> CODES = List.of(
            "status",
            "kind",
            "state",
            "side",
            "question",
            "type",
            "currency",
            "requested_currency",
            "approved_currency",
            "budget_currency",
            "period",
            "subject",
            "reply_subject",
            "proposed_by_id",
            "requested_by_id",
            "submitted_by_id",
            "recorded_by_id",
            "user_id",
            "actor_id",
            // delegations name people by user name (UserAdministration's pattern: at most 64)
            "on_behalf_of_id",
            "authority_id",
            "pending_requested_by_id",
            // where an account comes from: LOCAL or IDENTITY_PROVIDER
            "origin",
            "delegator_id",
            "delegate_id",
            "revoked_by",
            "proposed_by_side",
            "requested_by_side",
            // the user table: names by UserAdministration's own pattern (at most 64), a role, a bcrypt hash
            "username",
            "created_by",
            "role",
            "password_hash",
            // api_token: the hex SHA-256 of a token's secret (ApiTokenSecret.hash)
            "secret_hash",
            // scenario: who saved it first and last, by user name
            "saved_by_id",
            "revised_by_id");

    @Autowired
    JdbcClient jdbc;

    record Column(String table, String column, String type, Integer length, Integer precision) {}

    private List<Column> readModelColumns() {
        return jdbc.sql("""
                        SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS type,
                               c.character_maximum_length AS length, c.numeric_precision AS precision
                        FROM information_schema.columns c
                        JOIN information_schema.tables t USING (table_schema, table_name)
                        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                          AND c.table_name NOT IN ('domain_event_entry', 'snapshot_event_entry', 'token_entry',
                                                   'dead_letter_entry', 'scheduled_tasks', 'flyway_schema_history')""").query(Column.class).list();
    }

    @Test
    void everyBoundedTextColumnHoldsTheLongestLineTheDomainAccepts() {
        List<Column> bounded = readModelColumns().stream()
                .filter(column -> column.length() != null && !CODES.contains(column.column()))
                .toList();
        assertThat(bounded).as("title and name columns").isNotEmpty();
        assertThat(bounded)
                .allSatisfy(column -> assertThat(column.length())
                        .as(column.table() + "." + column.column())
                        .isGreaterThanOrEqualTo(Texts.LINE_MAX_LENGTH));
    }

    /** The requesting department's rule and its columns share one constant. */
    @Test
    void everyDepartmentColumnHoldsTheLongestDepartmentAProposalMayName() {
        List<Column> departments = readModelColumns().stream()
                .filter(column -> column.column().equals("department"))
                .toList();
        assertThat(departments).extracting(Column::table).contains("project_detail", "portfolio_project");
        assertThat(departments)
                .allSatisfy(column -> assertThat(column.length())
                        .as(column.table() + ".department")
                        .isEqualTo(ProposalRules.DEPARTMENT_MAX_LENGTH));
    }

    @Test
    void noFigureHasAPrecisionALedgerCanOutgrow() {
        List<Column> figures = readModelColumns().stream()
                .filter(column -> column.type().equals("numeric"))
                .toList();
        assertThat(figures).as("figures").isNotEmpty();
        assertThat(figures)
                .allSatisfy(column -> assertThat(column.precision())
                        .as(column.table() + "." + column.column())
                        .isIn(null, 1000));
    }
}
