package dev.accord.app.businesscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What is approved is what was shown, through the API on PostgreSQL: an approval states the figures it was given on,
 * new figures void it (the timeline says why, the approver is told, the inbox shows the change waiting again), and a
 * year that demands a business case holds an approved initial budget until the case is complete.
 */
@AccordIntegrationTest
class BusinessCaseApiIT {

    private static final String INITIAL_BUDGETS_NEED_ONE = """
            {"tiers": [], "rationale": "Money moves on a business case", "businessCase": {"initialBudget": true}}""";

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
    void anInitialBudgetIsHeldUntilItsBusinessCaseIsCompleteAndNewFiguresVoidApprovals() {
        rulesInForce();
        assertThat(api.as("vic")
                        .get(rulesPath())
                        .body()
                        .get("businessCase")
                        .get("initialBudget")
                        .asBoolean())
                .isTrue();
        Answer proposed = propose();
        String id = proposed.text("id");
        String change = proposed.text("changeId");

        // Both sides approve before any figures exist: approved, but not in effect.
        assertThat(approve("fay", id, change, "").text("tookEffect")).isEqualTo("false");
        assertThat(approve("ivo", id, change, "").text("tookEffect")).isEqualTo("false");
        await().untilAsserted(() -> assertThat(waitingFor(id))
                .containsExactly(
                        "waiting for the Finance estimate",
                        "waiting for the IT estimate",
                        "waiting for the ROI case",
                        "waiting for the completed assessment"));
        assertThat(status(id)).isEqualTo("PROPOSED");

        // The figures arrive: the first estimate voids the approvals given without it.
        assertThat(api.as("ida")
                        .post(path(id, "/estimates"), estimate("80000.00"))
                        .status())
                .isEqualTo(201);
        await().untilAsserted(() -> assertThat(timeline(id))
                .anyMatch(sentence -> sentence.startsWith("New figures: a new IT estimate arrived (Ida Berg (IT))")
                        && sentence.contains("no longer count")));
        await().untilAsserted(() -> assertThat(notificationsOf("fay"))
                .anyMatch(text -> text.contains("your approval of") && text.contains("a new IT estimate arrived")));
        await().untilAsserted(() ->
                assertThat(pendingFor("fay", change)).as("back in Fay's inbox").isNotNull());

        assertThat(api.as("finn")
                        .post(path(id, "/estimates"), estimate("90000.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("finn").post(path(id, "/roi"), ROI).status()).isEqualTo(201);
        assertThat(api.as("ida").post(path(id, "/assessments"), ANSWERS).status())
                .isEqualTo(201);
        await().untilAsserted(() -> assertThat(waitingFor(id))
                .containsExactly("waiting for Finance", "waiting for IT", "waiting for the completed assessment"));

        // A stale basis is refused; the project says which basis is current.
        await().untilAsserted(() -> assertThat(api.as("fay")
                        .get("/api/projects/" + id)
                        .body()
                        .get("businessCaseBasis")
                        .get("roiCase")
                        .asInt())
                .isEqualTo(1));
        JsonNode basis = api.as("fay").get("/api/projects/" + id).body().get("businessCaseBasis");
        assertThat(basis.get("financeEstimate").asInt()).isEqualTo(2);
        assertThat(basis.get("itEstimate").asInt()).isEqualTo(1);
        assertThat(basis.get("roiCase").asInt()).isEqualTo(1);
        Answer stale =
                approve("fay", id, change, ", \"basis\": {\"financeEstimate\": 0, \"itEstimate\": 1, \"roiCase\": 0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("detail")).startsWith("The figures changed since you looked");

        String shown = ", \"basis\": " + basis;
        assertThat(approve("fay", id, change, shown).text("tookEffect")).isEqualTo("false");
        assertThat(approve("ivo", id, change, shown).text("tookEffect"))
                .as("approved, still held for the assessment")
                .isEqualTo("false");
        await().untilAsserted(() -> assertThat(waitingFor(id)).containsExactly("waiting for the completed assessment"));

        // Finance's answers complete the assessment, the last piece: the change takes effect.
        assertThat(api.as("fay").post(path(id, "/assessments"), ANSWERS).status())
                .isEqualTo(201);
        await().untilAsserted(() -> assertThat(status(id)).isEqualTo("ACTIVE"));
        await().untilAsserted(() -> assertThat(pendingFor("fay", change)).isNull());
    }

    @Test
    void aBudgetAtOrBelowTheYearsAmountTakesEffectWithoutABusinessCase() {
        Answer requested = api.as("fay").post(rulesPath(), """
                {"tiers": [], "businessCase": {"initialBudget": false,
                  "above": {"amount": "500000.00", "currency": "EUR"}}}""");
        approveRules(requested);
        Answer proposed = propose();
        approve("fay", proposed.text("id"), proposed.text("changeId"), "");
        assertThat(approve("ivo", proposed.text("id"), proposed.text("changeId"), "")
                        .text("tookEffect"))
                .isEqualTo("true");
    }

    @Test
    void aBusinessCaseAmountInAnotherCurrencyIsRefusedNamingTheField() {
        Answer refused = api.as("fay").post(rulesPath(), """
                {"tiers": [], "businessCase": {"initialBudget": false,
                  "above": {"amount": "500000.00", "currency": "USD"}}}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("businessCase.above.currency");
    }

    private static final String ROI = """
            {"benefits": [{"category": "COST_SAVING", "metric": "licence cost", "target": "-40 %",
                           "yearlyAmount": {"amount": "45000.00", "currency": "EUR"}}]}""";

    private static final String ANSWERS = """
            {"answers": [
              {"question": "CLEAR_ROI", "rating": 4, "rationale": "Licence savings are contracted"},
              {"question": "PROCESS_DELIVERY", "rating": 4, "rationale": "Monthly close"},
              {"question": "LONG_TERM_OBJECTIVES", "rating": 3, "rationale": "Both roadmaps"},
              {"question": "COMPETITIVE_ADVANTAGE", "rating": 3, "rationale": "Faster decisions"}]}""";

    private static String estimate(String oneTime) {
        return """
                {"oneTimeCost": {"amount": "%s", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "95000.00", "currency": "EUR"},
                 "assumptions": "One integrator"}""".formatted(oneTime);
    }

    private void rulesInForce() {
        approveRules(api.as("fay").post(rulesPath(), INITIAL_BUDGETS_NEED_ONE));
    }

    private void approveRules(Answer requested) {
        assertThat(requested.status()).isEqualTo(201);
        for (String approver : new String[] {"ivo", "finn"}) {
            assertThat(api.as(approver)
                            .post(rulesPath() + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}")
                            .status())
                    .isEqualTo(200);
        }
    }

    private String rulesPath() {
        return "/api/portfolio/" + year + "/approval-rules";
    }

    private Answer propose() {
        return api.as("ida").post("/api/projects", """
                {"title": "Business case %s", "requestedBudget": {"amount": "120000.00", "currency": "EUR"},
                 "fiscalYear": %d}""".formatted(UUID.randomUUID(), year));
    }

    private Answer approve(String who, String id, String change, String more) {
        return api.as(who).post(path(id, "/changes/" + change + "/approvals"), "{\"version\": 1" + more + "}");
    }

    private static String path(String id, String rest) {
        return "/api/projects/" + id + rest;
    }

    private String status(String id) {
        return api.as("vic").get("/api/projects/" + id).body().get("status").asText();
    }

    private List<String> waitingFor(String id) {
        List<String> waiting = new ArrayList<>();
        api.as("vic")
                .get("/api/projects/" + id)
                .body()
                .get("openChanges")
                .get(0)
                .get("waitingFor")
                .forEach(sentence -> waiting.add(sentence.asText()));
        return waiting;
    }

    private List<String> timeline(String id) {
        List<String> sentences = new ArrayList<>();
        api.as("vic")
                .get("/api/projects/" + id + "/timeline")
                .body()
                .forEach(entry -> sentences.add(entry.get("summary").asText()));
        return sentences;
    }

    private List<String> notificationsOf(String who) {
        List<String> texts = new ArrayList<>();
        api.as(who)
                .get("/api/notifications")
                .body()
                .forEach(n -> texts.add(n.get("text").asText()));
        return texts;
    }

    private JsonNode pendingFor(String who, String change) {
        for (JsonNode pending : api.as(who).get("/api/approvals/pending").body()) {
            if (pending.get("changeId").asText().equals(change)) {
                return pending;
            }
        }
        return null;
    }
}
