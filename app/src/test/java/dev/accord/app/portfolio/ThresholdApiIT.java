package dev.accord.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Leads and thresholds through the API, on PostgreSQL: a year's rules set jointly, and a change that needs the CFO. */
@AccordIntegrationTest
class ThresholdApiIT {

    static final String CFO_ABOVE_500K = """
            {"tiers": [{"above": {"amount": "500000.00", "currency": "EUR"}, "financeApprovals": 1,
              "itApprovals": 1, "financeLead": true, "itLead": false}], "rationale": "Large changes need the CFO"}""";

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
    void aThresholdNeedingTheCfo() {
        rulesInForce(CFO_ABOVE_500K);
        Answer proposed = propose("ivo", "600000.00");
        String id = proposed.text("id");
        String change = proposed.text("changeId");

        assertThat(approve("fay", id, change).text("tookEffect")).isEqualTo("false");
        assertThat(approve("ida", id, change).text("tookEffect"))
                .as("one of each side is not enough above the threshold")
                .isEqualTo("false");

        JsonNode detail = api.as("fay").get("/api/projects/" + id).body();
        assertThat(detail.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(detail.get("openChanges").get(0).get("waitingFor").get(0).asText())
                .as("the project says what is missing too")
                .isEqualTo("waiting for the CFO");
        JsonNode forCarla = pendingFor("carla", change);
        assertThat(forCarla).as("the change reaches the CFO").isNotNull();
        assertThat(forCarla.get("waitingFor").get(0).asText()).isEqualTo("waiting for the CFO");
        assertThat(forCarla.get("waitingFor")).hasSize(1);
        assertThat(pendingFor("finn", change))
                .as("another Finance member cannot give what is missing")
                .isNull();

        assertThat(approve("carla", id, change).text("tookEffect")).isEqualTo("true");
        assertThat(api.as("fay").get("/api/projects/" + id).body().get("status").asText())
                .isEqualTo("ACTIVE");
        assertThat(pendingFor("carla", change)).isNull();
    }

    @Test
    void atOrBelowTheThresholdOneOfEachSideIsEnough() {
        rulesInForce(CFO_ABOVE_500K);
        Answer proposed = propose("ivo", "500000.00");
        approve("fay", proposed.text("id"), proposed.text("changeId"));
        assertThat(approve("ida", proposed.text("id"), proposed.text("changeId"))
                        .text("tookEffect"))
                .isEqualTo("true");
    }

    @Test
    void rulesAreReadBackOnceBothSidesApproved() {
        Answer requested = api.as("fay").post(rulesPath(), CFO_ABOVE_500K);
        assertThat(requested.status()).isEqualTo(201);
        JsonNode pending = api.as("ivo").get(rulesPath()).body();
        assertThat(pending.get("tiers")).isEmpty();
        assertThat(pending.get("pendingChangeId").asText()).isEqualTo(requested.text("changeId"));
        assertThat(pending.get("pendingRequestedBy").asText()).isEqualTo("fay");

        assertThat(api.as("fay")
                        .post(rulesPath() + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}")
                        .status())
                .as("not the requester")
                .isEqualTo(403);
        api.as("ivo").post(rulesPath() + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}");
        assertThat(api.as("ivo").get(rulesPath()).body().get("tiers"))
                .as("IT alone does not set them")
                .isEmpty();
        api.as("finn").post(rulesPath() + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}");

        JsonNode rules = api.as("vic").get(rulesPath()).body();
        assertThat(rules.get("pendingChangeId").isNull()).isTrue();
        JsonNode tier = rules.get("tiers").get(0);
        assertThat(tier.get("above").get("amount").asText()).isEqualTo("500000.00");
        assertThat(tier.get("financeLead").asBoolean()).isTrue();
        assertThat(tier.get("financeApprovals").asInt()).isEqualTo(1);
    }

    @Test
    void badTiersAreRefusedNamingTheField() {
        Answer zero = api.as("fay").post(rulesPath(), """
                {"tiers": [{"above": {"amount": "1000.00", "currency": "EUR"}, "financeApprovals": 0,
                  "itApprovals": 1}]}""");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.text("field")).isEqualTo("tiers[0].financeApprovals");

        Answer notIncreasing = api.as("fay").post(rulesPath(), """
                {"tiers": [{"above": {"amount": "1000.00", "currency": "EUR"}, "financeApprovals": 1, "itApprovals": 1},
                  {"above": {"amount": "900.00", "currency": "EUR"}, "financeApprovals": 2, "itApprovals": 1}]}""");
        assertThat(notIncreasing.status()).isEqualTo(400);
        assertThat(notIncreasing.text("field")).isEqualTo("tiers[1].above.amount");

        Answer otherCurrency = api.as("fay").post(rulesPath(), """
                {"tiers": [{"above": {"amount": "1000.00", "currency": "USD"}, "financeApprovals": 1,
                  "itApprovals": 1}]}""");
        assertThat(otherCurrency.status()).isEqualTo(400);
        assertThat(otherCurrency.text("field")).isEqualTo("tiers[0].above.currency");

        assertThat(api.as("vic").post(rulesPath(), CFO_ABOVE_500K).status()).isEqualTo(403);
        assertThat(api.as("fay").get(rulesPath()).body().get("pendingChangeId").isNull())
                .as("nothing stored")
                .isTrue();
    }

    private void rulesInForce(String rules) {
        Answer requested = api.as("fay").post(rulesPath(), rules);
        assertThat(requested.status()).isEqualTo(201);
        // One of each side other than the requester: the rules' own change follows the default rule.
        for (String approver : new String[] {"ivo", "finn"}) {
            Answer approved = api.as(approver)
                    .post(rulesPath() + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}");
            assertThat(approved.status()).isEqualTo(200);
        }
    }

    private String rulesPath() {
        return "/api/portfolio/" + year + "/approval-rules";
    }

    private Answer propose(String who, String amount) {
        return api.as(who).post("/api/projects", """
                {"title": "Project %s", "requestedBudget": {"amount": "%s", "currency": "EUR"}, "fiscalYear": %d}""".formatted(UUID.randomUUID(), amount, year));
    }

    private Answer approve(String who, String id, String change) {
        return api.as(who).post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
    }

    /** The change as the person's inbox lists it, or null when it does not reach them. */
    private JsonNode pendingFor(String who, String change) {
        for (JsonNode pending : api.as(who).get("/api/approvals/pending").body()) {
            if (pending.get("changeId").asText().equals(change)) {
                return pending;
            }
        }
        return null;
    }
}
