package dev.accord.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.browser.Browser;
import dev.accord.app.command.ReadYourWrites;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.SecondAccord;
import dev.accord.app.support.SecondNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Accords on one database, as two nodes of one deployment: node A is the shared test application, node B a
 * second one started beside it. They share the projections' segments through their token claims, a write on either is
 * read back on the other at once, a browser on B follows what is decided through A within a second, and a rebuild
 * started on one pauses the projections of both. Closed, B leaves A every segment again.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    @Autowired
    ApplicationContext a;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    SecondAccord b;
    /** The fiscal year of this test's proposals (the tests share a limited number of years). */
    int year;

    Api onA;
    Api onB;

    @BeforeAll
    void startNodeB() {
        b = SecondNode.beside(a);
        year = FiscalYears.withoutBudget();
        onA = api(a);
        onB = api(b.context());
    }

    @AfterAll
    void stopNodeB() {
        b.close();
        // Alone again, node A claims every segment within the claims' timeout and its own look for free ones.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ownersBySegment().values()).containsOnly(Set.of(name(a))));
    }

    @Test
    @Order(1)
    void theNodesShareEveryProjectionsSegments() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(ownersByProjection())
                        .as("the owners of each projection's segments")
                        .containsOnlyKeys(projections(a))
                        .allSatisfy((projection, owners) ->
                                assertThat(owners).containsExactlyInAnyOrder(name(a), name(b.context()))));
    }

    @Test
    @Order(2)
    void aWriteOnEitherNodeIsReadOnTheOtherAtOnce() {
        // Until each node has written a project whose segments the other node processes, and the other way round.
        Set<String> seen = new HashSet<>();
        for (int i = 0; seen.size() < 4; i++) {
            assertThat(i).as("projects proposed to cover both nodes' segments").isLessThan(40);
            Api writer = i % 2 == 0 ? onA : onB;
            Api reader = i % 2 == 0 ? onB : onA;
            String title = "Read back " + i + " " + UUID.randomUUID();
            Answer proposed = writer.propose("ida", title, "1000.00", year);
            assertThat(proposed.status()).isEqualTo(201);
            assertThat(proposed.headers().get(ReadYourWrites.BEHIND_HEADER))
                    .as("read models behind")
                    .isNull();
            String id = proposed.text("id");
            seen.add((i % 2 == 0 ? "written on A" : "written on B") + ", processed on "
                    + (processedBy("project-summary", id).equals(name(a)) ? "A" : "B"));

            assertThat(reader.as("fay").get("/api/projects/" + id).text("title"))
                    .isEqualTo(title);
            assertThat(reader.as("fay").get("/api/approvals/pending").body().findValuesAsText("changeId"))
                    .contains(proposed.text("changeId"));
            assertThat(reader.as("fay")
                            .get("/api/projects/" + id + "/timeline")
                            .body()
                            .findValuesAsText("summary"))
                    .anyMatch(summary -> summary.contains("proposed \u201c" + title));
        }
    }

    @Test
    @Order(3)
    void aBrowserOnNodeBSeesWithinASecondWhatIsApprovedThroughNodeA() throws Exception {
        // A project whose events node A's projections process: what B shows can only have come from A's commits.
        String title;
        Answer proposed;
        String id;
        int tries = 0;
        do {
            assertThat(tries++)
                    .as("projects proposed to find one processed on node A")
                    .isLessThan(40);
            title = "Seen across nodes " + UUID.randomUUID().toString().substring(0, 8);
            proposed = onA.propose("ida", title, "50000.00", year);
            id = proposed.text("id");
        } while (!processedBy("project-detail", id).equals(name(a))
                || !processedBy("timeline", id).equals(name(a)));
        String approvals = "/api/projects/" + id + "/changes/" + proposed.text("changeId") + "/approvals";
        try (Browser fay = new Browser(SecondNode.baseUrl(b.context()))) {
            fay.signInAs("fay", "demo");
            fay.open("/projects/" + id);
            fay.waitForText("project-status", "Proposed");

            assertThat(onA.as("fay").post(approvals, "{\"version\": 1}").status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(25))
                    .until(() -> fay.cellsContaining("Fay Lund (Finance) approved version 1")
                                    .size()
                            == 1);

            assertThat(onA.as("ivo").post(approvals, "{\"version\": 1}").status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(25))
                    .until(() -> "Active".equals(fay.textOf("project-status")));
        }
    }

    @Test
    @Order(4)
    void aRebuildOnOneNodePausesTheProjectionsOfBothUntilItSwitchesAndASecondOneIsRefused() throws Exception {
        // The rebuild switches under an exclusive lock on the live tables: holding a share of one keeps it switching.
        try (Connection holding = dataSource.getConnection()) {
            holding.setAutoCommit(false);
            try (Statement lock = holding.createStatement()) {
                lock.execute("LOCK TABLE project_summary IN ACCESS SHARE MODE");
            }
            assertThat(onA.as("ada").post("/api/admin/rebuild", "").status()).isEqualTo(202);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(running(b.context()))
                        .as("node B's projections running")
                        .isEmpty();
                assertThat(running(a)).as("node A's projections running").isEmpty();
                assertThat(ownersBySegment().values()).as("claims").allMatch(Set::isEmpty);
            });
            Answer second = onB.as("ada").post("/api/admin/rebuild", "");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.text("detail")).contains("already running");
            holding.commit();
        }

        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> onA.as("ada").get("/api/admin/rebuild").text("state"),
                        state -> !state.equals("RUNNING") && !state.equals("SWITCHING"));
        assertThat(onA.as("ada").get("/api/admin/rebuild").text("state")).isEqualTo("DONE");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(running(a)).containsExactlyInAnyOrderElementsOf(projections(a));
            assertThat(running(b.context())).containsExactlyInAnyOrderElementsOf(projections(a));
            assertThat(ownersByProjection())
                    .allSatisfy((projection, owners) ->
                            assertThat(owners).containsExactlyInAnyOrder(name(a), name(b.context())));
        });

        // Both go on from where the rebuild left them: a write on B is read back on A at once.
        String title = "After the rebuild " + UUID.randomUUID();
        Answer proposed = onB.propose("ida", title, "1000.00", year);
        assertThat(onA.as("fay").get("/api/projects/" + proposed.text("id")).text("title"))
                .isEqualTo(title);
    }

    /** The node that holds the segment of this projection that a project's events go to. */
    private String processedBy(String projection, String projectId) {
        Map<Integer, String> owners = jdbc
                .sql("SELECT segment, owner FROM token_entry WHERE processor_name = ?")
                .param(projection)
                .query((rs, n) -> Map.entry(rs.getInt("segment"), String.valueOf(rs.getString("owner"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int[] segments = owners.keySet().stream().mapToInt(Integer::intValue).toArray();
        return owners.entrySet().stream()
                .filter(owner ->
                        Segment.computeSegment(owner.getKey(), segments).matches(Objects.hashCode(projectId)))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }

    /** Which node holds each segment of each projection, by "processor/segment". */
    private Map<String, Set<String>> ownersBySegment() {
        return jdbc
                .sql("SELECT processor_name, segment, owner FROM token_entry")
                .query((rs, n) -> Map.entry(
                        rs.getString("processor_name") + "/" + rs.getInt("segment"),
                        rs.getString("owner") == null ? Set.<String>of() : Set.of(rs.getString("owner"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The nodes that hold segments of each projection. */
    private Map<String, List<String>> ownersByProjection() {
        return jdbc
                .sql("SELECT processor_name, owner FROM token_entry WHERE owner IS NOT NULL")
                .query((rs, n) -> Map.entry(rs.getString("processor_name"), rs.getString("owner")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static List<String> running(ApplicationContext node) {
        return node.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(EventProcessor::isRunning)
                .map(EventProcessor::getName)
                .toList();
    }

    private static List<String> projections(ApplicationContext node) {
        return List.copyOf(node.getBean(EventProcessingConfiguration.class)
                .eventProcessors()
                .keySet());
    }

    private static String name(ApplicationContext node) {
        return node.getBean(ThisNode.class).name();
    }

    private static Api api(ApplicationContext node) {
        return new Api(
                new TestRestTemplate(new RestTemplateBuilder().rootUri(SecondNode.baseUrl(node))), new ObjectMapper());
    }
}
