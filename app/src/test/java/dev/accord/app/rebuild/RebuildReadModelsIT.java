package dev.accord.app.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.readmodel.ReadModelTables;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.portfolio.api.BudgetAllocated;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every read model is derived from the events alone: replaying the whole event store from the first event
 * rebuilds each table row for row. The demo history gives the replay a real ledger to work through.
 */
@AccordIntegrationTest
class RebuildReadModelsIT {

    /** Tables that are not read models: the ledger itself, Axon's and the scheduler's bookkeeping, the users. */
    private static final Set<String> NOT_READ_MODELS = Set.of(
            "domain_event_entry",
            "snapshot_event_entry",
            "token_entry",
            "dead_letter_entry",
            "flyway_schema_history",
            "scheduled_tasks",
            "user_account",
            // Delegations are kept with the commands that grant and revoke them, like the accounts: never rebuilt.
            "delegation",
            // API tokens belong to the accounts, like their passwords: not derived from events, never rebuilt.
            "api_token",
            // The verifiable log over the events is as permanent as they are: never rebuilt.
            "integrity_leaf",
            "integrity_node",
            "integrity_checkpoint",
            // Each person's own marks on their notifications, and the e-mails queued for them: never rebuilt.
            "notification_read",
            "notification_email_off",
            "mail_outbox");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void theRebuildReplaysEveryEventIntoNewReadModelsWhileTheOldOnesServeThenSwitches() {
        Api api = new Api(http, json);
        long lastEvent = jdbc.sql("SELECT max(global_index) FROM domain_event_entry")
                .query(Long.class)
                .single();
        awaitAllAt(lastEvent);
        Map<String, List<String>> before = snapshot();
        Map<String, List<String>> definitionsBefore = definitions();
        int projects = api.as("vic").get("/api/projects").body().size();

        assertThat(api.as("ida").post("/api/admin/rebuild", "").status())
                .as("members may not")
                .isEqualTo(403);
        Answer started = api.as("ada").post("/api/admin/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.text("startedBy")).isEqualTo("Ada Quist");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(api.as("vic").get("/api/projects").body().size())
                    .as("served throughout")
                    .isEqualTo(projects);
            JsonNode progress = api.as("ada").get("/api/admin/rebuild").body();
            assertThat(progress.get("state").asText()).isEqualTo("DONE");
            assertThat(progress.get("eventsReplayed").asLong()).isGreaterThanOrEqualTo(lastEvent - 5);
        });

        assertThat(snapshot()).as("the rebuilt read models, row for row").isEqualTo(before);
        assertThat(definitions())
                .as("the tables swapped in are the ones Flyway made, names included")
                .isEqualTo(definitionsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name IN "
                                + "('accord_rebuild', 'accord_retired')")
                        .query(Long.class)
                        .single())
                .as("the scratch copies and the replaced tables are gone")
                .isZero();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ReadModelRebuildStarted'")
                        .query(Long.class)
                        .single())
                .as("the ledger records who rebuilt")
                .isPositive();

        String id = api.propose(
                        "ida", "After the rebuild " + java.util.UUID.randomUUID(), "1000.00", FiscalYears.unused())
                .text("id");
        assertThat(api.as("vic").get("/api/projects/" + id).status())
                .as("projections carry on")
                .isEqualTo(200);
    }

    @Test
    void liveAPortfolioEventWaitsOnlyBehindItsOwnProjectWhenOneIsParked() {
        UUID project = UUID.randomUUID();
        var allocation = new GenericDomainEventMessage<>(
                "Portfolio", "2027", 4, new BudgetAllocated(2027, project, UUID.randomUUID(), null, null, null, null));
        var proposal = new GenericDomainEventMessage<>("Project", project.toString(), 0, "its proposal");
        var another =
                new GenericDomainEventMessage<>("Project", UUID.randomUUID().toString(), 0, "another's");

        assertThat(processing.sequencingPolicy("portfolio").getSequenceIdentifierFor(allocation))
                .isEqualTo(processing.sequencingPolicy("portfolio").getSequenceIdentifierFor(proposal))
                .isNotEqualTo(processing.sequencingPolicy("portfolio").getSequenceIdentifierFor(another));
    }

    @Test
    void everyTableIsEitherARebuiltReadModelOrKnownInfrastructure() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                        + "'public' AND table_type = 'BASE TABLE'")
                .query(String.class)
                .list();
        assertThat(tables)
                .allSatisfy(
                        table -> assertThat(ReadModelTables.IN_ORDER.contains(table) || NOT_READ_MODELS.contains(table))
                                .as(table + " is neither a read model nor infrastructure")
                                .isTrue());
        assertThat(tables).containsAll(ReadModelTables.IN_ORDER);
    }

    @Test
    void resettingTheProcessorsRebuildsEveryReadModelRowForRow() {
        long lastEvent = jdbc.sql("SELECT max(global_index) FROM domain_event_entry")
                .query(Long.class)
                .single();
        awaitAllAt(lastEvent);
        Map<String, List<String>> before = snapshot();
        assertThat(before.get("timeline_entry"))
                .as("the demo history is there to replay")
                .hasSizeGreaterThan(50);

        processors().forEach(processor -> {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        });
        awaitAllAt(lastEvent);

        assertThat(snapshot()).isEqualTo(before);
    }

    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        // Ordered by the rows' own text: whatever the keys, equal tables give equal lists.
        ReadModelTables.IN_ORDER.forEach(table -> rows.put(
                table,
                jdbc.sql("SELECT row_to_json(t)::text FROM " + table + " t ORDER BY 1")
                        .query(String.class)
                        .list()));
        return rows;
    }

    /** Per read-model table: its columns, indexes and constraints with their names, as PostgreSQL describes them. */
    private Map<String, List<String>> definitions() {
        Map<String, List<String>> definitions = new LinkedHashMap<>();
        ReadModelTables.IN_ORDER.forEach(table -> definitions.put(
                table, jdbc.sql("""
                        SELECT 'column ' || column_name || ' ' || data_type || ' ' || is_nullable || ' '
                                || coalesce(column_default, '')
                        FROM information_schema.columns WHERE table_schema = 'public' AND table_name = :table
                        UNION ALL
                        SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes
                        WHERE schemaname = 'public' AND tablename = :table
                        UNION ALL
                        SELECT 'constraint ' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint
                        WHERE conrelid = ('public.' || :table)::regclass
                        ORDER BY 1""").param("table", table).query(String.class).list()));
        return definitions;
    }

    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private void awaitAllAt(long index) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(positions())
                        .as("every processor's segments, caught up with event %d", index)
                        .isNotEmpty()
                        .allSatisfy((name, segments) ->
                                assertThat(segments).isNotEmpty().allMatch(at -> at >= index)));
    }

    /** Per processor, the position of each segment this node processes. */
    private Map<String, List<Long>> positions() {
        Map<String, List<Long>> positions = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                positions.put(
                        name,
                        streaming.processingStatus().values().stream()
                                .map(status -> status.getCurrentPosition().orElse(-1))
                                .toList());
            }
        });
        return positions;
    }
}
