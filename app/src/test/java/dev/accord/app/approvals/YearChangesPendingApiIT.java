package dev.accord.app.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * GET /api/approvals/pending on PostgreSQL, with a fiscal year's own changes: a year budget and new approval rules
 * come in like a project's change, naming their year instead of a project, reach the sides they still wait for (never
 * the requester), are decided where they point and leave the list once decided.
 */
@AccordIntegrationTest
class YearChangesPendingApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    Api api;
    int year;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        year = FiscalYears.unused();
    }

    @Test
    void aYearBudgetWaitsInTheInboxUntilBothSidesApproved() {
        Answer requested = api.as("fay").post("/api/portfolio/" + year + "/budget", """
                {"budget": {"amount": "4000000.00", "currency": "EUR"}, "rationale": "Two new plants"}""");
        assertThat(requested.status()).isEqualTo(201);
        String changeId = requested.text("changeId");

        JsonNode forIda = pendingFor("ida", changeId);
        assertThat(forIda).as("the budget reaches IT").isNotNull();
        assertThat(forIda.get("kind").asText()).isEqualTo("YEAR_BUDGET");
        assertThat(forIda.get("fiscalYear").asInt()).isEqualTo(year);
        assertThat(forIda.get("projectId").isNull()).isTrue();
        assertThat(forIda.get("projectTitle").isNull()).isTrue();
        assertThat(forIda.get("version").asInt()).isEqualTo(1);
        assertThat(forIda.get("budget").get("amount").asText()).isEqualTo("4000000.00");
        assertThat(forIda.get("budget").get("currency").asText()).isEqualTo("EUR");
        assertThat(forIda.get("rationale").asText()).isEqualTo("Two new plants");
        assertThat(forIda.get("requestedBy").asText()).isEqualTo("fay");
        assertThat(forIda.get("requestedBySide").asText()).isEqualTo("FINANCE");
        assertThat(texts(forIda.get("waitingFor")))
                .as("the requester's own side still needs another member")
                .containsExactly("waiting for Finance", "waiting for IT");
        assertThat(forIda.get("approvedBy")).isEmpty();
        assertThat(forIda.get("portfolio").asText()).isEqualTo("/api/portfolio/" + year);
        assertThat(forIda.get("change").asText()).isEqualTo("/api/portfolio/" + year + "/budget/" + changeId);
        assertThat(pendingFor("finn", changeId))
                .as("and another Finance member")
                .isNotNull();
        assertThat(pendingFor("fay", changeId)).as("never the requester").isNull();
        assertThat(pendingFor("vic", changeId)).as("nor a viewer").isNull();

        Answer approved = api.as("ida").post(forIda.get("change").asText() + "/approvals", "{\"version\": 1}");
        assertThat(approved.status()).isEqualTo(200);

        assertThat(pendingFor("ivo", changeId))
                .as("IT has approved: nothing awaits IT")
                .isNull();
        JsonNode forFinn = pendingFor("finn", changeId);
        assertThat(texts(forFinn.get("waitingFor"))).containsExactly("waiting for Finance");
        assertThat(texts(forFinn.get("approvedBy"))).containsExactly("ida");
        assertThat(forFinn.get("itApproved").asBoolean()).isTrue();
        assertThat(forFinn.get("financeApproved").asBoolean()).isFalse();

        api.as("finn").post(forFinn.get("change").asText() + "/approvals", "{\"version\": 1}");

        assertThat(pendingFor("carla", changeId))
                .as("decided: out of every inbox")
                .isNull();
        assertThat(api.as("vic")
                        .get("/api/portfolio/" + year)
                        .body()
                        .get("budget")
                        .get("amount")
                        .asText())
                .isEqualTo("4000000.00");
    }

    @Test
    void approvalRulesWaitInTheInboxInWordsAndARejectionTakesThemOut() {
        Answer requested = api.as("ivo").post("/api/portfolio/" + year + "/approval-rules", """
                {"tiers": [{"above": {"amount": "500000.00", "currency": "EUR"}, "financeApprovals": 2,
                  "itApprovals": 1, "financeLead": true}], "rationale": "Large changes need the CFO"}""");
        String changeId = requested.text("changeId");

        JsonNode forFay = pendingFor("fay", changeId);
        assertThat(forFay.get("kind").asText()).isEqualTo("APPROVAL_RULES");
        assertThat(forFay.get("fiscalYear").asInt()).isEqualTo(year);
        assertThat(forFay.get("budget").isNull()).isTrue();
        assertThat(forFay.get("proposal").asText())
                .isEqualTo("One approval of each side up to EUR 500,000.00; above EUR 500,000.00: "
                        + "2 Finance approvals including the CFO and 1 IT approval");
        assertThat(forFay.get("change").asText()).isEqualTo("/api/portfolio/" + year + "/approval-rules/" + changeId);
        assertThat(pendingFor("ida", changeId))
                .as("another IT member may approve")
                .isNotNull();

        Answer rejected =
                api.as("fay").post(forFay.get("change").asText() + "/rejections", "{\"reason\": \"Too slow\"}");
        assertThat(rejected.status()).isEqualTo(200);

        assertThat(pendingFor("finn", changeId)).isNull();
        assertThat(pendingFor("ida", changeId)).isNull();
    }

    @Test
    void aProjectsChangeKeepsItsFieldsAndPointsToItsProject() {
        Answer proposed = api.propose(
                "ida", "Inbox fields " + java.util.UUID.randomUUID(), "12000.00", FiscalYears.forProposalsOnly());

        JsonNode forFay = pendingFor("fay", proposed.text("changeId"));
        assertThat(forFay.get("kind").asText()).isEqualTo("INITIAL_BUDGET");
        assertThat(forFay.get("projectId").asText()).isEqualTo(proposed.text("id"));
        assertThat(forFay.get("fiscalYear").isNull()).isTrue();
        assertThat(forFay.get("portfolio").isNull()).isTrue();
        assertThat(forFay.get("change").asText())
                .isEqualTo("/api/projects/" + proposed.text("id") + "/changes/" + proposed.text("changeId"));
    }

    private JsonNode pendingFor(String user, String changeId) {
        Answer pending = api.as(user).get("/api/approvals/pending");
        assertThat(pending.status()).isEqualTo(200);
        return StreamSupport.stream(pending.body().spliterator(), false)
                .filter(change -> change.get("changeId").asText().equals(changeId))
                .findFirst()
                .orElse(null);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
