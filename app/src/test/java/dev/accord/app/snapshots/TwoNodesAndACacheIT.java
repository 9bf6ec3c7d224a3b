package dev.accord.app.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.SecondAccord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Why the aggregate cache is off by default: two Accords on one PostgreSQL, as several nodes run with no routing of a
 * project's commands to one node. Node A runs as shipped (no cache), in this JVM; node B in a JVM of its own, with {@code
 * accord.aggregate-cache.enabled=true}. A node without the cache reads every event another node appended before it
 * decides. A node with it decides on the project as it last saw it: a write on that state meets the event table's
 * unique key and is retried on fresh state, but a refusal is not, so node B refuses what node A has just made right.
 */
class TwoNodesAndACacheIT {

    @TempDir
    static Path directory;

    private static EmbeddedPostgres server;
    private static SecondAccord nodeA;
    private static AccordInAJvmOfItsOwn nodeB;
    private static Api a;
    private static Api b;
    private static JdbcClient ledger;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .start();
        List<String> inThisJvm = args("a");
        inThisJvm.addAll(List.of("--server.port=0", "--server.address=127.0.0.1"));
        nodeA = new SecondAccord(inThisJvm.toArray(String[]::new));
        List<String> withTheCache = args("b");
        withTheCache.add("--accord.aggregate-cache.enabled=true");
        // Its log stays in target/ for a look after a failure. Axon's cache holds aggregates by weak references, which
        // any garbage collection may clear; node B collects none (Epsilon), as between two commands on a node whose
        // heap is not under pressure, so what it has cached stays cached for the whole test.
        nodeB = new AccordInAJvmOfItsOwn(
                Path.of("target", "TwoNodesAndACacheIT-node-b.log"),
                List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-Xmx3g"),
                withTheCache);
        a = api("http://127.0.0.1:" + nodeA.context().getEnvironment().getProperty("local.server.port"));
        b = api(nodeB.base());
        ledger = nodeA.context().getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (nodeB != null) {
                nodeB.close();
            }
            if (nodeA != null) {
                nodeA.close();
            }
        } finally {
            server.close();
        }
    }

    @Test
    void withoutTheCacheANodeDecidesOnWhatAnotherNodeHasJustWritten() {
        Answer proposed = a.propose("ida", "Decided on node A", "1000.00", FiscalYears.withoutBudget());
        String change = changes(proposed) + proposed.text("changeId");
        assertThat(comment(a, proposed, "Node A has loaded the project").status())
                .isEqualTo(201);

        assertThat(b.as("ida").put(change, revision("1100.00")).status()).isEqualTo(200);

        assertThat(a.as("finn").post(change + "/approvals", "{\"version\": 2}").status())
                .as("version 2, written on node B")
                .isEqualTo(200);
    }

    @Test
    void withTheCacheANodeRefusesOnTheProjectAsItLastSawIt() {
        Answer proposed = a.propose("ida", "Refused on node B", "1000.00", FiscalYears.withoutBudget());
        String change = changes(proposed) + proposed.text("changeId");
        assertThat(comment(b, proposed, "Node B has cached the project").status())
                .isEqualTo(201);

        assertThat(a.as("ida").put(change, revision("1100.00")).status()).isEqualTo(200);

        Answer stale = b.as("finn").post(change + "/approvals", "{\"version\": 2}");
        assertThat(stale.status()).as("refused on stale state").isEqualTo(409);
        assertThat(stale.text("detail")).contains("Version 2 is not the current version of this change; version 1 is");
        assertThat(b.as("finn").post(change + "/approvals", "{\"version\": 2}").status())
                .as("the refusal dropped the cached project: asked again, node B reads the events")
                .isEqualTo(200);
    }

    @Test
    void withTheCacheAWriteOnStaleStateMeetsTheUniqueKeyAndIsRetriedOnFreshState() throws Exception {
        Answer proposed = a.propose("ida", "Raced on node B", "1000.00", FiscalYears.withoutBudget());
        assertThat(comment(b, proposed, "First, on node B").status()).isEqualTo(201);
        assertThat(comment(a, proposed, "Second, on node A").status()).isEqualTo(201);

        assertThat(comment(b, proposed, "Third, on node B").status())
                .as("appended after node A's comment, not over it")
                .isEqualTo(201);
        assertThat(nodeB.log())
                .as("the lost race, retried")
                .contains("Processing of Command [AddComment] resulted in an exception. Will retry")
                .contains(ConcurrencyException.class.getName());

        assertThat(ledger.sql("""
                        SELECT convert_from(payload, 'UTF8')::json ->> 'text' FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%CommentAdded' ORDER BY sequence_number""")
                        .param(proposed.text("id"))
                        .query(String.class)
                        .list())
                .isEqualTo(List.of("First, on node B", "Second, on node A", "Third, on node B"));
    }

    private static Answer comment(Api node, Answer project, String text) {
        return node.as("fay").post("/api/projects/" + project.text("id") + "/comments", """
                        {"subject": {"kind": "PROJECT"}, "text": "%s"}""".formatted(text));
    }

    private static String changes(Answer project) {
        return "/api/projects/" + project.text("id") + "/changes/";
    }

    private static String revision(String amount) {
        return """
                {"budget": {"amount": "%s", "currency": "EUR"}, "rationale": "More"}""".formatted(amount);
    }

    private static List<String> args(String name) {
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        return new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                // One role on this server of the test's own, whatever owner role CI gives the other tests.
                "--accord.database.owner.user=",
                "--accord.data-dir=" + directory.resolve(name),
                // Every node signs the ledger's checkpoints with the same key.
                "--accord.integrity.signing-key-file=" + directory.resolve("checkpoint-signing.key"),
                // The demo members on both; the demo history only from the first (the second finds a ledger).
                "--accord.demo=true",
                "--db-scheduler.polling-interval=1h"));
    }

    private static Api api(String base) {
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(base)), new ObjectMapper());
    }
}
