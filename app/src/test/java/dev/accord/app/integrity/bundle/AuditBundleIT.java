package dev.accord.app.integrity.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.accord.app.integrity.CheckpointKey;
import dev.accord.app.integrity.VerifierKey;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An auditor downloads a project's, a fiscal year's or the whole ledger's events as a bundle and checks it offline,
 * with the key they trust: every event proved in the signed tree, and any change on the way caught and named.
 */
@AccordIntegrationTest
class AuditBundleIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path tmp;

    Api api;
    VerifierKey key;

    @BeforeEach
    void client() {
        api = new Api(http, json);
        key = VerifierKey.parse(
                http.withBasicAuth("ida", "demo").getForObject("/api/integrity/public-key", String.class));
    }

    @Test
    void aProjectsBundleHoldsExactlyItsEventsAndChecksOutOffline() throws Exception {
        String project = projectWithThreeEvents();
        api.propose("ida", "Someone else's", "20.00", FiscalYears.unused());

        Path bundle = Bundles.download(http, "?projectId=" + project, tmp.resolve("project.zip"));

        List<Long> bundled = new ArrayList<>();
        for (String line : Bundles.lines(bundle, "events.jsonl")) {
            JsonNode event = json.readTree(line);
            assertThat(event.get("aggregateIdentifier").asText()).isEqualTo(project);
            bundled.add(event.get("globalIndex").asLong());
        }
        assertThat(bundled)
                .isEqualTo(jdbc.sql("SELECT global_index FROM domain_event_entry "
                                + "WHERE aggregate_identifier = ? ORDER BY global_index")
                        .param(project)
                        .query(Long.class)
                        .list());
        assertThat(String.join("\n", Bundles.lines(bundle, "README.txt")))
                .contains("java -jar accord.jar verify --bundle=accord-audit-bundle-project-" + project + ".zip");

        BundleVerifier.Outcome outcome = new BundleVerifier().verify(bundle, key);
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.verifiedEvents()).isEqualTo(bundled.size()).isGreaterThanOrEqualTo(3);
        assertThat(outcome.warnings()).isEmpty();
        assertThat(new BundleVerifier().verify(bundle, null).warnings())
                .singleElement()
                .asString()
                .contains("only the bundle's own public key was used");
    }

    @Test
    void oneChangedPayloadByteIsRefusedNamingTheEvent() {
        Path bundle = Bundles.download(http, "?projectId=" + projectWithThreeEvents(), tmp.resolve("project.zip"));
        long second =
                Bundles.globalIndexOf(Bundles.lines(bundle, "events.jsonl").get(1));

        Path changed = Bundles.altered(
                bundle,
                "events.jsonl",
                lines -> {
                    lines.set(1, Bundles.withOnePayloadByteChanged(lines.get(1)));
                    return lines;
                },
                tmp.resolve("changed.zip"));

        assertThat(new BundleVerifier().verify(changed, key).failure())
                .startsWith("event " + second + " (Project ")
                .contains("has been changed");
    }

    @Test
    void anEventRemovedFromTheBundleIsRefusedNamingIt() {
        Path bundle = Bundles.download(http, "?projectId=" + projectWithThreeEvents(), tmp.resolve("project.zip"));
        List<String> events = Bundles.lines(bundle, "events.jsonl");

        Path middleGone = Bundles.altered(
                bundle,
                "events.jsonl",
                lines -> {
                    lines.remove(1);
                    return lines;
                },
                tmp.resolve("middle.zip"));
        Path lastGone = Bundles.altered(
                bundle,
                "events.jsonl",
                lines -> {
                    lines.remove(lines.size() - 1);
                    return lines;
                },
                tmp.resolve("last.zip"));

        assertThat(new BundleVerifier().verify(middleGone, key).failure())
                .startsWith("event " + Bundles.globalIndexOf(events.get(1))
                        + ", listed in the manifest, is missing from the bundle");
        assertThat(new BundleVerifier().verify(lastGone, key).failure())
                .startsWith("event " + Bundles.globalIndexOf(events.get(events.size() - 1))
                        + ", listed in the manifest, is missing from the bundle");
    }

    @Test
    void aBundleIsRefusedUnderAnotherKeyOrWithAChangedCheckpoint() {
        Path bundle = Bundles.download(http, "?projectId=" + projectWithThreeEvents(), tmp.resolve("project.zip"));
        VerifierKey another = CheckpointKey.generate("accord/another").verifier();

        assertThat(new BundleVerifier().verify(bundle, another).failure())
                .isEqualTo("the checkpoint (checkpoint.txt) is not signed by the key " + another
                        + ": it was changed, or signed by another key");
        Path otherRoot = Bundles.altered(
                bundle,
                "checkpoint.txt",
                lines -> {
                    String root = lines.get(2);
                    lines.set(2, (root.charAt(0) == 'A' ? "B" : "A") + root.substring(1));
                    return lines;
                },
                tmp.resolve("checkpoint.zip"));
        assertThat(new BundleVerifier().verify(otherRoot, key).failure())
                .startsWith("the checkpoint (checkpoint.txt) is not signed by the key " + key);
    }

    @Test
    void aFiscalYearsBundleHoldsItsProjectsAndTheWholeLedgersHoldsEveryEvent() {
        int year = FiscalYears.unused();
        String first = api.propose("ida", "First of the year", "10.00", year).text("id");
        String second = api.propose("ida", "Second of the year", "20.00", year).text("id");
        String elsewhere = api.propose("ida", "Another year", "30.00", FiscalYears.unused())
                .text("id");

        Path yearBundle = Bundles.download(http, "?fiscalYear=" + year, tmp.resolve("year.zip"));
        Path ledgerBundle = Bundles.download(http, "ada", "", tmp.resolve("ledger.zip"));

        assertThat(Bundles.lines(yearBundle, "events.jsonl"))
                .map(Bundles::aggregateOf)
                .as("no portfolio decision was taken for the year yet")
                .containsOnly(first, second)
                .hasSize(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?)")
                        .params(first, second)
                        .query(Long.class)
                        .single()
                        .intValue());
        assertThat(new BundleVerifier().verify(yearBundle, key).failure()).isNull();
        BundleVerifier.Outcome ledger = new BundleVerifier().verify(ledgerBundle, key);
        assertThat(ledger.failure()).isNull();
        assertThat(ledger.verifiedEvents())
                .isEqualTo(ledger.checkpoint().treeSize())
                .isGreaterThan(100);
        assertThat(Bundles.lines(ledgerBundle, "events.jsonl")).anyMatch(line -> line.contains(elsewhere));
    }

    @Test
    void theDemoYearsBundleHoldsItsPortfolioAndTheProjectsTheReadModelShowsForIt() {
        Path bundle = Bundles.download(http, "?fiscalYear=2025", tmp.resolve("2025.zip"));

        List<String> projects = jdbc.sql("SELECT project_id::text FROM project_detail WHERE fiscal_year = 2025")
                .query(String.class)
                .list();
        assertThat(projects).isNotEmpty();
        assertThat(Bundles.lines(bundle, "events.jsonl").stream()
                        .map(Bundles::aggregateOf)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(java.util.stream.Stream.of("2025"), projects.stream())
                                .toList());
        assertThat(new BundleVerifier().verify(bundle, key).failure()).isNull();
    }

    @Test
    void theWholeLedgersBundleIsForAdministratorsOnly() {
        Answer member = api.as("ida").get("/api/integrity/bundle");
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.text("detail")).startsWith("The whole ledger's bundle is for administrators");
        assertThat(api.as("vic").get("/api/integrity/bundle?projectId=").status())
                .as("an empty parameter asks for the whole ledger too")
                .isEqualTo(403);

        Path bundle = Bundles.download(http, "ada", "", tmp.resolve("ledger.zip"));
        BundleVerifier.Outcome ledger = new BundleVerifier().verify(bundle, key);
        assertThat(ledger.failure()).isNull();
        assertThat(ledger.verifiedEvents()).isEqualTo(ledger.checkpoint().treeSize());
    }

    @Test
    void aProjectsBundleWithoutEventsIsRefusedRatherThanVerified() {
        String project = projectWithThreeEvents();
        Path bundle = Bundles.download(http, "?projectId=" + project, tmp.resolve("project.zip"));

        Path noEvents = Bundles.altered(
                Bundles.altered(bundle, "events.jsonl", lines -> new ArrayList<>(), tmp.resolve("no-events.zip")),
                "manifest.json",
                lines -> List.of(String.join("\n", lines)
                        .replaceAll("\"events\" : \\d+", "\"events\" : 0")
                        .replaceAll("(?s)\"globalIndexes\" : \\[.*?]", "\"globalIndexes\" : [ ]")),
                tmp.resolve("empty.zip"));

        assertThat(Bundles.lines(noEvents, "manifest.json")).contains("  \"events\" : 0,");
        assertThat(new BundleVerifier().verify(noEvents, key).failure())
                .isEqualTo("the bundle holds no events of its project " + project + ": there is nothing to verify");
    }

    /**
     * The zip is made before its first byte is sent, so a client that reads slowly, or not at all, holds no database
     * connection: more such downloads than the pool has connections leave commands working.
     */
    @Test
    void downloadsReadSlowlyHoldNoDatabaseConnection() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        String project = projectWithThreeEvents();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String ada = "Basic " + Base64.getEncoder().encodeToString("ada:demo".getBytes(StandardCharsets.UTF_8));
        List<HttpResponse<InputStream>> unread = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                String query = i % 2 == 0 ? "" : "?projectId=" + project;
                HttpRequest download = HttpRequest.newBuilder(
                                URI.create(http.getRootUri() + "/api/integrity/bundle" + query))
                        .header("Authorization", ada)
                        .build();
                // Returns once the headers are in; the body stays unread until it is closed.
                unread.add(client.send(download, HttpResponse.BodyHandlers.ofInputStream()));
            }
            assertThat(unread).allSatisfy(response -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValueAsLong("Content-Length"))
                        .as("made whole before it is sent")
                        .isPresent();
            });

            assertThat(api.propose("ida", "While twelve bundles download", "5.00", FiscalYears.unused())
                            .status())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(pool.getActiveConnections())
                            .as("connections in use while twelve downloads are unread")
                            .isLessThan(pool.getTotalConnections()));
        } finally {
            for (HttpResponse<InputStream> response : unread) {
                response.body().close();
            }
        }
    }

    @Test
    void badParametersAreProblems() {
        Answer notAnId = api.as("ida").get("/api/integrity/bundle?projectId=nothing");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.text("field")).isEqualTo("projectId");
        Answer unknown = api.as("ida").get("/api/integrity/bundle?projectId=" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).startsWith("The ledger holds no project ");
        Answer ancient = api.as("ida").get("/api/integrity/bundle?fiscalYear=1800");
        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.text("field")).isEqualTo("fiscalYear");
        assertThat(api.as("ida")
                        .get("/api/integrity/bundle?fiscalYear=" + FiscalYears.unused())
                        .status())
                .isEqualTo(404);
        assertThat(api.as("ida")
                        .get("/api/integrity/bundle?fiscalYear=2025&projectId=" + UUID.randomUUID())
                        .status())
                .isEqualTo(400);
        assertThat(http.getForEntity("/api/integrity/bundle", String.class)
                        .getStatusCode()
                        .value())
                .as("signed in only")
                .isEqualTo(401);
    }

    /** A project proposed, commented on twice: three events of its own. */
    private String projectWithThreeEvents() {
        String id = api.propose("ida", "Bundled " + UUID.randomUUID(), "1000.00", FiscalYears.unused())
                .text("id");
        for (String text : List.of("First", "Second")) {
            assertThat(api.as("ida")
                            .post("/api/projects/" + id + "/comments", "{\"text\": \"" + text + "\"}")
                            .status())
                    .isEqualTo(201);
        }
        return id;
    }
}
