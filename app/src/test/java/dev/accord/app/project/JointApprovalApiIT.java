package dev.accord.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The joint approval contract of the API: who may approve what, and what each refusal answers. */
@AccordIntegrationTest
class JointApprovalApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    Api api;
    int year;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        year = FiscalYears.withoutBudget();
    }

    @Test
    void aProposalBecomesActiveOnceFinanceAndItHaveApproved() {
        Answer proposed = propose("ida", "120000.00");
        assertThat(proposed.status()).isEqualTo(201);
        String id = proposed.text("id");
        String change = proposed.text("changeId");

        JsonNode detail = api.as("fay").get("/api/projects/" + id).body();
        assertThat(detail.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(detail.get("approvedBudget").isNull()).isTrue();
        JsonNode open = detail.get("openChanges").get(0);
        assertThat(open.get("changeId").asText()).isEqualTo(change);
        assertThat(open.get("kind").asText()).isEqualTo("INITIAL_BUDGET");
        assertThat(open.get("version").asInt()).isEqualTo(1);
        assertThat(open.get("budget").get("amount").asText()).isEqualTo("120000.00");
        assertThat(open.get("requestedBy").asText()).isEqualTo("ida");

        assertThat(pendingFor("fay")).contains(change);
        assertThat(pendingFor("ivo"))
                .as("IT waits too, but not for its own requester")
                .contains(change);
        assertThat(pendingFor("ida")).doesNotContain(change);

        assertThat(approve("fay", id, change, 1).text("tookEffect")).isEqualTo("false");
        assertThat(pendingFor("finn")).as("Finance has approved").doesNotContain(change);
        JsonNode approvals = api.as("ida")
                .get("/api/projects/" + id)
                .body()
                .get("openChanges")
                .get(0)
                .get("approvals");
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0).get("user").asText()).isEqualTo("fay");
        assertThat(approvals.get(0).get("side").asText()).isEqualTo("FINANCE");
        assertThat(approvals.get(0).get("version").asInt()).isEqualTo(1);

        assertThat(approve("ivo", id, change, 1).text("tookEffect")).isEqualTo("true");
        detail = api.as("vic").get("/api/projects/" + id).body();
        assertThat(detail.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(detail.get("approvedBudget").get("amount").asText()).isEqualTo("120000.00");
        assertThat(detail.get("openChanges")).isEmpty();
        assertThat(pendingFor("fay")).doesNotContain(change);

        List<String> types = new ArrayList<>();
        api.as("vic")
                .get("/api/projects/" + id + "/timeline")
                .body()
                .forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "ProjectProposed", "ChangeRequested", "ChangeApproved", "ChangeApproved", "ChangeTookEffect");
        JsonNode summary = api.as("vic").get("/api/projects").body();
        assertThat(summary.findValuesAsText("id")).contains(id);
    }

    @Test
    void refusalsAnswerWithTheRightStatus() {
        Answer proposed = propose("ida", "50000.00");
        String id = proposed.text("id");
        String change = proposed.text("changeId");

        assertThat(approve("ida", id, change, 1).status()).as("own change").isEqualTo(403);
        assertThat(approve("vic", id, change, 1).status()).as("viewer").isEqualTo(403);
        assertThat(approve("fay", id, change, 2).status()).as("no such version").isEqualTo(409);
        assertThat(api.as("fay")
                        .post(changePath(id, change) + "/approvals", "{}")
                        .status())
                .as("no version")
                .isEqualTo(400);
        assertThat(approve("fay", id, UUID.randomUUID().toString(), 1).status())
                .as("unknown change")
                .isEqualTo(404);
        assertThat(approve("fay", UUID.randomUUID().toString(), change, 1).status())
                .as("unknown project")
                .isEqualTo(404);
        assertThat(approve("fay", id, change, 1).status()).isEqualTo(200);
        assertThat(approve("fay", id, change, 1).status()).as("twice").isEqualTo(409);
        assertThat(api.as("ivo")
                        .put(
                                changePath(id, change),
                                "{\"budget\": {\"amount\": \"1.00\", \"currency\": "
                                        + "\"EUR\"}, \"rationale\": \"mine\"}")
                        .status())
                .as("not the requester")
                .isEqualTo(403);
        assertThat(api.as("finn")
                        .post(changePath(id, change) + "/rejections", "{\"reason\": \" \"}")
                        .status())
                .as("rejection without a reason")
                .isEqualTo(400);
        assertThat(api.as("finn")
                        .post(changePath(id, change) + "/rejections", "{\"reason\": \"No budget line\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("ivo").get("/api/projects/" + id).body().get("status").asText())
                .isEqualTo("REJECTED");
        assertThat(approve("ivo", id, change, 1).status()).as("decided").isEqualTo(409);
        assertThat(http.postForEntity(changePath(id, change) + "/approvals", null, String.class)
                        .getStatusCode()
                        .value())
                .as("no credentials")
                .isEqualTo(401);
    }

    @Test
    void aRevisionVoidsEarlierApprovalsAndOnlyTheCurrentVersionCounts() {
        String id = active("100000.00");
        Answer requested = api.as("ida").post("/api/projects/" + id + "/changes", """
                {"kind": "BUDGET", "budget": {"amount": "110000.00", "currency": "EUR"},
                 "rationale": "Licence prices rose"}""");
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.body().get("version").asInt()).isEqualTo(1);
        String change = requested.text("changeId");
        assertThat(approve("fay", id, change, 1).status()).isEqualTo(200);
        assertThat(pendingFor("finn")).as("Finance has approved version 1").doesNotContain(change);

        Answer revised = api.as("ida").put(changePath(id, change), """
                {"budget": {"amount": "105000.00", "currency": "EUR"}, "rationale": "Negotiated down"}""");
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().get("version").asInt()).isEqualTo(2);

        JsonNode open = api.as("fay")
                .get("/api/projects/" + id)
                .body()
                .get("openChanges")
                .get(0);
        assertThat(open.get("version").asInt()).isEqualTo(2);
        assertThat(open.get("budget").get("amount").asText()).isEqualTo("105000.00");
        assertThat(open.get("approvals")).isEmpty();
        assertThat(open.get("voidedApprovals").get(0).get("user").asText()).isEqualTo("fay");
        assertThat(pendingFor("finn"))
                .as("the revision voided Finance's approval: Finance is asked again")
                .contains(change);

        assertThat(approve("ivo", id, change, 1).status()).as("stale version").isEqualTo(409);
        assertThat(approve("ivo", id, change, 2).status()).isEqualTo(200);
        assertThat(pendingFor("finn")).as("still waiting for Finance").contains(change);
        assertThat(pendingFor("ivo")).as("IT has approved version 2").doesNotContain(change);
        assertThat(approve("finn", id, change, 2).text("tookEffect")).isEqualTo("true");
        JsonNode detail = api.as("fay").get("/api/projects/" + id).body();
        assertThat(detail.get("approvedBudget").get("amount").asText()).isEqualTo("105000.00");

        List<String> summaries = new ArrayList<>();
        api.as("vic")
                .get("/api/projects/" + id + "/timeline")
                .body()
                .forEach(e -> summaries.add(e.get("summary").asText()));
        assertThat(summaries).anyMatch(s -> s.contains("approved version 2 of the budget change to EUR 105,000.00"));
        assertThat(summaries).anyMatch(s -> s.contains("voids the approval of Fay Lund (Finance)"));
    }

    @Test
    void theRequesterMayWithdrawAChangeButNobodyElse() {
        String id = active("100000.00");
        String change =
                api.as("fay").post("/api/projects/" + id + "/changes", """
                {"kind": "PAUSE", "rationale": "Vendor strike"}""").text("changeId");
        assertThat(api.as("ida").delete(changePath(id, change)).status()).isEqualTo(403);
        assertThat(api.as("fay").delete(changePath(id, change)).status()).isEqualTo(200);
        assertThat(api.as("fay").get("/api/projects/" + id).body().get("openChanges"))
                .isEmpty();
        assertThat(approve("ida", id, change, 1).status()).isEqualTo(409);
    }

    @Test
    void aChangeRequestNamesItsKindAndFigures() {
        String id = active("100000.00");
        assertThat(api.as("ida")
                        .post("/api/projects/" + id + "/changes", "{\"rationale\": \"x\"}")
                        .text("field"))
                .isEqualTo("kind");
        assertThat(api.as("ida")
                        .post("/api/projects/" + id + "/changes", "{\"kind\": \"SIDEWAYS\", \"rationale\": \"x\"}")
                        .text("field"))
                .isEqualTo("kind");
        assertThat(api.as("ida")
                        .post("/api/projects/" + id + "/changes", "{\"kind\": \"BUDGET\", \"rationale\": \"x\"}")
                        .text("field"))
                .isEqualTo("budget.amount");
        assertThat(api.as("ida").post("/api/projects/" + id + "/changes", """
                {"kind": "BUDGET", "budget": {"amount": "-1", "currency": "EUR"}, "rationale": "x"}""").text("field"))
                .isEqualTo("budget.amount");
        assertThat(api.as("ida")
                        .post("/api/projects/" + id + "/changes", "{\"kind\": \"SCOPE\", \"rationale\": \"x\"}")
                        .text("field"))
                .isEqualTo("scope");
        assertThat(api.as("ida")
                        .post("/api/projects/" + id + "/changes", "{\"kind\": \"RESUME\", \"rationale\": \"x\"}")
                        .status())
                .as("not paused")
                .isEqualTo(409);
        assertThat(api.as("vic")
                        .post("/api/projects/" + id + "/changes", "{\"kind\": \"PAUSE\", \"rationale\": \"x\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void noDecisionPushesTheYearOverItsBudget() {
        year = FiscalYears.unused(); // this test sets the year's budget: a year of its own
        String budgetChange =
                api.as("fay").post("/api/portfolio/" + year + "/budget", """
                {"budget": {"amount": "150000.00", "currency": "EUR"}, "rationale": "IT budget"}""").text("changeId");
        assertThat(api.as("ida")
                        .post("/api/portfolio/" + year + "/budget/" + budgetChange + "/approvals", "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("finn")
                        .post("/api/portfolio/" + year + "/budget/" + budgetChange + "/approvals", "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
        JsonNode portfolio = api.as("vic").get("/api/portfolio/" + year).body();
        assertThat(portfolio.get("budget").get("amount").asText()).isEqualTo("150000.00");

        String first = active("100000.00");
        Answer second = propose("ida", "60000.00");
        assertThat(approve("fay", second.text("id"), second.text("changeId"), 1).status())
                .isEqualTo(200);
        Answer overrun = approve("ivo", second.text("id"), second.text("changeId"), 1);
        assertThat(overrun.status()).isEqualTo(409);
        assertThat(overrun.text("detail")).contains("raise the year's budget first");
        assertThat(api.as("ivo")
                        .get("/api/projects/" + second.text("id"))
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("PROPOSED");

        portfolio = api.as("vic").get("/api/portfolio/" + year).body();
        assertThat(portfolio.get("allocatedTotal").get("amount").asText()).isEqualTo("100000.00");
        assertThat(portfolio.get("remaining").get("amount").asText()).isEqualTo("50000.00");
        assertThat(portfolio.get("projects").findValuesAsText("id")).contains(first, second.text("id"));
        JsonNode candidate = null;
        for (JsonNode project : portfolio.get("projects")) {
            if (project.get("id").asText().equals(second.text("id"))) {
                candidate = project;
            }
        }
        assertThat(candidate).isNotNull();
        assertThat(candidate.get("fitsRemaining").asBoolean()).isFalse();
    }

    @Test
    void twentyConcurrentApprovalsAndRejectionsEndInOneOutcome() throws Exception {
        Answer proposed = propose("ida", "80000.00");
        String id = proposed.text("id");
        String change = proposed.text("changeId");
        String[] deciders = {"fay", "finn", "ivo"};
        ExecutorService clients = Executors.newFixedThreadPool(10);
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String who = deciders[i % deciders.length];
            boolean approve = i % 2 == 0;
            answers.add(CompletableFuture.supplyAsync(
                    () -> approve
                            ? approve(who, id, change, 1)
                            : api.as(who).post(changePath(id, change) + "/rejections", "{\"reason\": \"Not now\"}"),
                    clients));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get();
        clients.shutdown();

        for (CompletableFuture<Answer> answer : answers) {
            assertThat(answer.get().status()).isIn(200, 409);
        }
        long decisions = jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                        AND payload_type IN ('dev.accord.domain.project.api.ChangeTookEffect',
                                             'dev.accord.domain.project.api.ChangeRejected')""").param(id).query(Long.class).single();
        assertThat(decisions).as("exactly one outcome").isEqualTo(1);
        String status =
                api.as("vic").get("/api/projects/" + id).body().get("status").asText();
        assertThat(status).isIn("ACTIVE", "REJECTED");

        long events = eventsOf(id);
        assertThat(approve("fay", id, change, 1).status()).isEqualTo(409);
        assertThat(api.as("ivo")
                        .post(changePath(id, change) + "/rejections", "{\"reason\": \"late\"}")
                        .status())
                .isEqualTo(409);
        assertThat(eventsOf(id)).as("history unchanged afterwards").isEqualTo(events);
        assertThat(api.as("vic").get("/api/projects/" + id).body().get("status").asText())
                .isEqualTo(status);
    }

    private long eventsOf(String id) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Answer propose(String who, String amount) {
        return api.as(who).post("/api/projects", """
                {"title": "Project %s", "requestedBudget": {"amount": "%s", "currency": "EUR"}, "fiscalYear": %d}""".formatted(UUID.randomUUID(), amount, year));
    }

    /** Proposed by Ida, approved by Fay and Ivo. */
    private String active(String amount) {
        Answer proposed = propose("ida", amount);
        approve("fay", proposed.text("id"), proposed.text("changeId"), 1);
        assertThat(approve("ivo", proposed.text("id"), proposed.text("changeId"), 1)
                        .text("tookEffect"))
                .isEqualTo("true");
        return proposed.text("id");
    }

    private Answer approve(String who, String id, String change, int version) {
        return api.as(who).post(changePath(id, change) + "/approvals", "{\"version\": " + version + "}");
    }

    private static String changePath(String id, String change) {
        return "/api/projects/" + id + "/changes/" + change;
    }

    private List<String> pendingFor(String who) {
        return api.as(who).get("/api/approvals/pending").body().findValuesAsText("changeId");
    }
}
