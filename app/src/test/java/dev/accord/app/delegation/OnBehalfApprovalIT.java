package dev.accord.app.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.shared.LedgerCalendar;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An approval on behalf of someone, on PostgreSQL through the API: Carla (CFO) delegates to Finn, Finn approves on
 * her behalf and the change records it; once the delegation is revoked, or its period is over, Finn is refused.
 */
@AccordIntegrationTest
class OnBehalfApprovalIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    Api api;
    final LocalDate today = LedgerCalendar.today();

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
    }

    @Test
    void finnApprovesOnBehalfOfCarlaOnlyWhileHerDelegationIsActive() {
        String delegation = grant("carla", "finn", today, today.plusDays(6)).text("delegationId");

        JsonNode listed = api.as("finn").get("/api/delegations").body();
        assertThat(listed.findValuesAsText("delegationId")).contains(delegation);
        JsonNode received = find(listed, delegation);
        assertThat(received.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(received.get("delegator").get("lead").asBoolean()).isTrue();

        String[] first = proposal();
        Answer approved = approve("finn", first, "carla");
        assertThat(approved.status()).isEqualTo(200);
        JsonNode approval = api.as("ida")
                .get("/api/projects/" + first[0])
                .body()
                .get("openChanges")
                .get(0)
                .get("approvals")
                .get(0);
        assertThat(approval.get("user").asText()).isEqualTo("finn");
        assertThat(approval.get("onBehalfOf").asText()).isEqualTo("carla");
        assertThat(approval.get("approvedAs").asText()).isEqualTo("Finn Moller on behalf of Carla Falk (Finance lead)");
        assertThat(api.as("ida")
                        .get("/api/projects/" + first[0] + "/timeline")
                        .body()
                        .toString())
                .contains("Finn Moller (Finance) on behalf of Carla Falk (Finance lead) approved version 1");
        assertThat(approve("carla", first, null).status())
                .as("Carla's approval was already given on her behalf")
                .isEqualTo(409);

        assertThat(api.as("finn").delete("/api/delegations/" + delegation).status())
                .as("only the delegator revokes")
                .isEqualTo(403);
        assertThat(api.as("carla").delete("/api/delegations/" + delegation).status())
                .isEqualTo(204);
        assertThat(find(api.as("carla").get("/api/delegations").body(), delegation)
                        .get("state")
                        .asText())
                .isEqualTo("REVOKED");
        String[] second = proposal();
        Answer afterRevocation = approve("finn", second, "carla");
        assertThat(afterRevocation.status()).isEqualTo(403);
        assertThat(afterRevocation.text("detail")).contains("revoked");

        String later = grant("carla", "finn", today, today.plusDays(2)).text("delegationId");
        // The clock cannot be moved forward in a running ledger: move the period into the past instead.
        jdbc.sql("UPDATE delegation SET starts_on = ?, ends_on = ? WHERE delegation_id = ?::uuid")
                .params(today.minusDays(5), today.minusDays(1), later)
                .update();
        Answer afterThePeriod = approve("finn", second, "carla");
        assertThat(afterThePeriod.status()).isEqualTo(403);
        assertThat(afterThePeriod.text("detail")).contains("ended on " + today.minusDays(1));
        assertThat(api.as("ida")
                        .get("/api/projects/" + second[0])
                        .body()
                        .get("openChanges")
                        .get(0)
                        .get("approvals"))
                .as("nothing stored")
                .isEmpty();
    }

    @Test
    void badDelegationsAreProblemsThatNameTheField() {
        assertThat(grant("fay", "ida", today, today).text("field"))
                .as("across sides")
                .isEqualTo("delegate");
        assertThat(grant("fay", "fay", today, today).text("field"))
                .as("to oneself")
                .isEqualTo("delegate");
        assertThat(grant("fay", "vic", today, today).text("field"))
                .as("a viewer")
                .isEqualTo("delegate");
        assertThat(grant("fay", "finn", today.minusDays(1), today).text("field"))
                .isEqualTo("from");
        assertThat(grant("fay", "finn", today.plusDays(2), today.plusDays(1)).text("field"))
                .isEqualTo("until");
        assertThat(grant("fay", "finn", today, today.plusYears(2)).text("field"))
                .isEqualTo("until");
        assertThat(grant("vic", "finn", today, today).status())
                .as("a viewer holds no authority")
                .isEqualTo(403);
        assertThat(api.as("fay").delete("/api/delegations/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.as("fay").get("/api/delegations").body().findValuesAsText("delegationId"))
                .as("nothing stored")
                .isEmpty();
    }

    @Test
    void aDelegateCannotActForSomeoneWhoGaveThemNothing() {
        String[] change = proposal();
        Answer refused = approve("fay", change, "ines");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).contains("no delegation");
    }

    private Answer grant(String delegator, String delegate, LocalDate from, LocalDate until) {
        return api.as(delegator).post("/api/delegations", """
                {"delegate": "%s", "from": "%s", "until": "%s"}""".formatted(delegate, from, until));
    }

    /** A new proposal by Ida (IT): its project id and its initial budget change's id. */
    private String[] proposal() {
        Answer proposed = api.propose("ida", "Project " + UUID.randomUUID(), "40000.00", FiscalYears.withoutBudget());
        assertThat(proposed.status()).isEqualTo(201);
        return new String[] {proposed.text("id"), proposed.text("changeId")};
    }

    private Answer approve(String who, String[] change, String onBehalfOf) {
        String body =
                onBehalfOf == null ? "{\"version\": 1}" : "{\"version\": 1, \"onBehalfOf\": \"" + onBehalfOf + "\"}";
        return api.as(who).post("/api/projects/" + change[0] + "/changes/" + change[1] + "/approvals", body);
    }

    private static JsonNode find(JsonNode delegations, String id) {
        for (JsonNode delegation : delegations) {
            if (delegation.get("delegationId").asText().equals(id)) {
                return delegation;
            }
        }
        throw new AssertionError("No delegation " + id + " in " + delegations);
    }
}
