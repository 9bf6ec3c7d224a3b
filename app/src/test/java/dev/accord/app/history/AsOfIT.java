package dev.accord.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.history.api.DecisionContext;
import dev.accord.domain.history.api.FindDecisionContext;
import dev.accord.domain.history.api.FindProjectAtStep;
import dev.accord.domain.history.api.ProjectAtStep;
import dev.accord.domain.project.api.ProjectStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The ledger as it stood at any moment: a scripted history checked against hand-built expectations at every step,
 * and "as of now" checked against today's read models for the whole demo ledger.
 */
@AccordIntegrationTest
class AsOfIT {

    /** JSON numbers compare by value: 8 and 8.00 are the same rate. */
    private static final Comparator<JsonNode> BY_VALUE =
            (a, b) -> a instanceof NumericNode x && b instanceof NumericNode y
                    ? x.decimalValue().compareTo(y.decimalValue())
                    : a.equals(b) ? 0 : 1;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    QueryGateway queries;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(http, json);
    }

    @Test
    void asOfNowEveryProjectAndYearIsWhatTheReadModelsShow() {
        String later = Instant.now().plus(Duration.ofDays(1)).toString();
        JsonNode projects = api.as("vic").get("/api/projects").body();
        assertThat(projects.size()).as("the demo ledger's projects").isGreaterThanOrEqualTo(5);
        Set<Integer> years = new HashSet<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (JsonNode project : projects) {
                String path = "/api/projects/" + project.get("id").asText();
                JsonNode live = withoutWaitingFor(api.as("vic").get(path).body());
                JsonNode folded = api.as("vic").get(path + "?asOf=" + later).body();
                assertThat(live.equals(BY_VALUE, folded))
                        .as(
                                "%s as of now%n live:   %s%n folded: %s",
                                project.get("title").asText(), live, folded)
                        .isTrue();
                years.add(live.get("fiscalYear").asInt());
            }
            for (int year : years) {
                JsonNode live = api.as("vic").get("/api/portfolio/" + year).body();
                JsonNode folded = api.as("vic")
                        .get("/api/portfolio/" + year + "?asOf=" + later)
                        .body();
                assertThat(live.equals(BY_VALUE, folded))
                        .as("portfolio %d%n live:   %s%n folded: %s", year, live, folded)
                        .isTrue();
            }
        });
    }

    @Test
    void aProjectAndItsYearAsTheyStoodAtEachMomentOfAScriptedHistory() {
        int year = FiscalYears.unused();
        Instant beforeProposal = now();
        Answer proposed = api.propose("ida", "Warehouse robots " + UUID.randomUUID(), "100000.00", year);
        String id = proposed.text("id");
        String initial = proposed.text("changeId");
        Instant proposedOnly = now();
        approve("fay", id, initial, 1);
        Instant financeApproved = now();
        approve("ivo", id, initial, 1);
        Instant active = now();
        assertThat(api.as("ivo").post(path(id, "/estimates"), """
                {"oneTimeCost": {"amount": "80000.00", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "95000.00", "currency": "EUR"},
                 "assumptions": "One integrator"}""").status()).isEqualTo(201);
        Instant estimated = now();
        String budgetChange = api.as("ida").post(path(id, "/changes"), """
                {"kind": "BUDGET", "budget": {"amount": "110000.00", "currency": "EUR"},
                 "rationale": "Sensors cost more"}""").text("changeId");
        approve("fay", id, budgetChange, 1);
        assertThat(api.as("fay")
                        .post(path(id, "/comments"), """
                {"subject": {"kind": "CHANGE", "id": "%s"}, "text": "Could we do with less?"}""".formatted(budgetChange))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ida").put(path(id, "/changes/" + budgetChange), """
                {"budget": {"amount": "105000.00", "currency": "EUR"}, "rationale": "Fewer sensors"}""").status())
                .isEqualTo(200);
        Instant revised = now();
        assertThat(api.as("finn")
                        .post(path(id, "/changes/" + budgetChange + "/rejections"), "{\"reason\": \"Not this year\"}")
                        .status())
                .isEqualTo(200);
        Instant rejected = now();
        String month = YearMonth.now().toString();
        assertThat(api.as("ivo")
                        .post(path(id, "/actuals"), """
                {"period": "%s", "spend": {"amount": "60000.00", "currency": "EUR"}}""".formatted(month))
                        .status())
                .isEqualTo(201);

        assertThat(api.as("vic").get(path(id, "") + "?asOf=" + beforeProposal).status())
                .as("not yet proposed")
                .isEqualTo(404);

        JsonNode p = asOf(id, proposedOnly);
        assertThat(p.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(p.get("approvedBudget").isNull()).isTrue();
        assertThat(p.get("openChanges")).hasSize(1);
        assertThat(p.get("openChanges").get(0).get("approvals")).isEmpty();

        p = asOf(id, financeApproved);
        assertThat(p.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(p.get("openChanges")
                        .get(0)
                        .get("approvals")
                        .get(0)
                        .get("user")
                        .asText())
                .isEqualTo("fay");

        p = asOf(id, active);
        assertThat(p.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(p.get("approvedBudget").get("amount").asText()).isEqualTo("100000.00");
        assertThat(p.get("openChanges")).isEmpty();
        assertThat(p.get("decidedChanges").get(0).get("state").asText()).isEqualTo("APPROVED");
        assertThat(p.get("estimates")).isEmpty();

        assertThat(asOf(id, estimated)
                        .get("estimates")
                        .get(0)
                        .get("oneTimeCost")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("80000");

        p = asOf(id, revised);
        JsonNode open = p.get("openChanges").get(0);
        assertThat(open.get("version").asInt()).isEqualTo(2);
        assertThat(open.get("budget").get("amount").asText()).isEqualTo("105000.00");
        assertThat(open.get("approvals")).isEmpty();
        assertThat(open.get("voidedApprovals").get(0).get("user").asText())
                .as("fay approved version 1")
                .isEqualTo("fay");

        p = asOf(id, rejected);
        assertThat(p.get("openChanges")).isEmpty();
        JsonNode decided = p.get("decidedChanges").get(1);
        assertThat(decided.get("state").asText()).isEqualTo("REJECTED");
        assertThat(decided.get("decisionReason").asText()).isEqualTo("Not this year");
        assertThat(p.get("approvedBudget").get("amount").asText()).isEqualTo("100000.00");
        assertThat(p.get("spendToDate").get("amount").asText()).isEqualTo("0.00");
        assertThat(p.get("actuals")).isEmpty();

        assertThat(api.as("vic")
                        .get("/api/projects/" + id)
                        .body()
                        .get("spendToDate")
                        .get("amount")
                        .asText())
                .as("today")
                .isEqualTo("60000.00");

        JsonNode yearThen = api.as("vic")
                .get("/api/portfolio/" + year + "?asOf=" + financeApproved)
                .body();
        assertThat(yearThen.get("allocatedTotal").get("amount").asText()).isEqualTo("0.00");
        assertThat(yearThen.get("projects").get(0).get("status").asText()).isEqualTo("PROPOSED");
        JsonNode yearActive =
                api.as("vic").get("/api/portfolio/" + year + "?asOf=" + active).body();
        assertThat(yearActive.get("allocatedTotal").get("amount").asText()).isEqualTo("100000.00");
        assertThat(yearActive.get("projects").get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.as("vic")
                        .get("/api/portfolio/" + year + "?asOf=" + beforeProposal)
                        .body()
                        .get("projects"))
                .isEmpty();

        // The read models, which rest on the same events, agree with the fold that was checked step by step above.
        JsonNode live = api.as("vic").get(path(id, "")).body();
        JsonNode folded = asOf(id, Instant.now().plus(Duration.ofDays(1)));
        assertThat(withoutWaitingFor(live.deepCopy()).equals(BY_VALUE, folded))
                .as("today%n live:   %s%n folded: %s", live, folded)
                .isTrue();
    }

    @Test
    void theLiveDetailAndTheFoldAgreeAfterEveryStepOfAProjectsLife() {
        Answer proposed = api.propose("ida", "Dock doors " + UUID.randomUUID(), "100000.00", FiscalYears.unused());
        String id = proposed.text("id");
        sameLiveAndFolded(id, "proposed");
        approve("fay", id, proposed.text("changeId"), 1);
        approve("ivo", id, proposed.text("changeId"), 1);
        sameLiveAndFolded(id, "active");
        assertThat(api.as("ivo").post(path(id, "/estimates"), """
                {"oneTimeCost": {"amount": "80000.00", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "95000.00", "currency": "EUR"},
                 "assumptions": "One integrator"}""").status()).isEqualTo(201);
        assertThat(api.as("ida").post(path(id, "/roi"), """
                {"benefits": [{"category": "COST_SAVING", "metric": "licence cost", "target": "-40 %",
                               "yearlyAmount": {"amount": "45000.00", "currency": "EUR"}}]}""").status()).isEqualTo(201);
        sameLiveAndFolded(id, "estimated, with an ROI case");

        String budget = api.as("ida").post(path(id, "/changes"), """
                {"kind": "BUDGET", "budget": {"amount": "110000.00", "currency": "EUR"},
                 "rationale": "Sensors cost more"}""").text("changeId");
        approve("fay", id, budget, 1);
        assertThat(api.as("ida").put(path(id, "/changes/" + budget), """
                {"budget": {"amount": "105000.00", "currency": "EUR"}, "rationale": "Fewer sensors"}""").status())
                .isEqualTo(200);
        sameLiveAndFolded(id, "revised, fay's approval voided");
        assertThat(api.as("finn")
                        .post(path(id, "/changes/" + budget + "/rejections"), "{\"reason\": \"Not this year\"}")
                        .status())
                .isEqualTo(200);
        sameLiveAndFolded(id, "rejected");
        String scope = api.as("ida").post(path(id, "/changes"), """
                {"kind": "SCOPE", "scope": "Two more docks", "rationale": "Peak season"}""").text("changeId");
        assertThat(api.as("ida").delete(path(id, "/changes/" + scope)).status()).isEqualTo(200);
        sameLiveAndFolded(id, "withdrawn");

        YearMonth first = YearMonth.now().minusMonths(3);
        recordMonth(id, first, "10000.00", "500.00");
        recordMonth(id, first.plusMonths(2), "4000.00", "0.00");
        sameLiveAndFolded(id, "a month skipped");
        recordMonth(id, first, "8000.00", "700.00");
        JsonNode live = sameLiveAndFolded(id, "the first month recorded again");
        assertThat(live.get("actuals"))
                .extracting(month -> month.get("period").asText())
                .containsExactly(first.toString(), first.plusMonths(2).toString());
        assertThat(live.get("spendToDate").get("amount").asText()).isEqualTo("12000.00");
        assertThat(live.get("benefitsToDate").get("amount").asText()).isEqualTo("700.00");
        assertThat(live.get("decidedChanges"))
                .extracting(change -> change.get("state").asText())
                .containsExactly("APPROVED", "REJECTED", "WITHDRAWN");
        assertThat(live.get("decidedChanges")
                        .get(1)
                        .get("voidedApprovals")
                        .get(0)
                        .get("user")
                        .asText())
                .isEqualTo("fay");
    }

    /**
     * What each open change still lacks comes from the approvals inbox, which weighs the present's rules and
     * approvals; a project as it stood at a moment shows none (null), so the comparison leaves it out.
     */
    private static JsonNode withoutWaitingFor(JsonNode project) {
        project.path("openChanges").forEach(change -> ((ObjectNode) change).putNull("waitingFor"));
        return project;
    }

    /** The project as the read model shows it now, after checking that the fold of its whole history shows the same. */
    private JsonNode sameLiveAndFolded(String id, String after) {
        JsonNode live = api.as("vic").get(path(id, "")).body();
        JsonNode folded = asOf(id, Instant.now().plus(Duration.ofDays(1)));
        assertThat(withoutWaitingFor(live.deepCopy()).equals(BY_VALUE, folded))
                .as("%s%n live:   %s%n folded: %s", after, live, folded)
                .isTrue();
        return live;
    }

    private void recordMonth(String id, YearMonth period, String spend, String benefit) {
        assertThat(api.as("ivo")
                        .post(path(id, "/actuals"), """
                {"period": "%s", "spend": {"amount": "%s", "currency": "EUR"},
                 "benefits": [{"metric": "licence cost", "amount": {"amount": "%s", "currency": "EUR"}}]}""".formatted(period, spend, benefit))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aDecisionShowsWhatWasOnTheTableAndWhatWasLearnedAfterwards() {
        int year = FiscalYears.unused();
        Answer proposed = api.propose("ida", "Label printers " + UUID.randomUUID(), "50000.00", year);
        String id = proposed.text("id");
        assertThat(api.as("fay")
                        .post(path(id, "/comments"), "{\"text\": \"Which sites first?\"}")
                        .status())
                .isEqualTo(201);
        approve("fay", id, proposed.text("changeId"), 1);
        approve("ivo", id, proposed.text("changeId"), 1);
        assertThat(api.as("ivo")
                        .post(path(id, "/actuals"), """
                {"period": "%s", "spend": {"amount": "20000.00", "currency": "EUR"}}""".formatted(YearMonth.now()))
                        .status())
                .isEqualTo(201);

        JsonNode tookEffect = entry(id, "ChangeTookEffect");
        DecisionContext context = queries.query(
                        new FindDecisionContext(
                                UUID.fromString(id), tookEffect.get("sequence").asLong()),
                        ResponseTypes.optionalInstanceOf(DecisionContext.class))
                .join()
                .orElseThrow();
        assertThat(context.decision().summary())
                .isEqualTo(tookEffect.get("summary").asText());
        assertThat(context.change().approvals())
                .extracting(a -> a.approver().userId())
                .containsExactly("fay", "ivo");
        assertThat(context.onTheTable().status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(context.onTheTable().actuals())
                .as("nothing spent when it was decided")
                .isEmpty();
        assertThat(context.comments()).extracting(c -> c.text()).containsExactly("Which sites first?");
        assertThat(context.afterwards().approvedBudgetThen().amount()).isEqualByComparingTo("50000");
        assertThat(context.afterwards().spendToDate().amount()).isEqualByComparingTo("20000");
        assertThat(context.afterwards().spendShareOfBudget()).isEqualByComparingTo("40.0");
        assertThat(context.afterwards().monthsAfter()).hasSize(1);

        Optional<DecisionContext> notADecision = queries.query(
                        new FindDecisionContext(UUID.fromString(id), 0),
                        ResponseTypes.optionalInstanceOf(DecisionContext.class))
                .join();
        assertThat(notADecision).as("a proposal is not a decision").isEmpty();
    }

    @Test
    void aReplayStepsThroughTheHistoryOneEventAtATime() {
        Answer proposed = api.propose("ida", "Badge readers " + UUID.randomUUID(), "30000.00", FiscalYears.unused());
        String id = proposed.text("id");
        approve("fay", id, proposed.text("changeId"), 1);
        approve("ivo", id, proposed.text("changeId"), 1);

        ProjectAtStep first = step(id, 0);
        assertThat(first.project().status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(first.lastSequence())
                .as("proposal, request, two approvals, the decision")
                .isEqualTo(4);
        assertThat(step(id, 2).project().changes().get(0).approvals()).hasSize(1);
        ProjectAtStep last = step(id, first.lastSequence());
        assertThat(last.project().status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(last.recordedAt()).isAfterOrEqualTo(first.recordedAt());
    }

    @Test
    void anAsOfThatIsNotAnInstantIsABadRequestNamingTheParameter() {
        Answer answer = api.as("vic").get("/api/portfolio/2026?asOf=last-tuesday");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("field")).isEqualTo("asOf");
        assertThat(answer.text("detail")).contains("2026-03-31T17:00:00Z");
    }

    private ProjectAtStep step(String id, long sequence) {
        return queries.query(
                        new FindProjectAtStep(UUID.fromString(id), sequence),
                        ResponseTypes.optionalInstanceOf(ProjectAtStep.class))
                .join()
                .orElseThrow();
    }

    private JsonNode entry(String id, String type) {
        for (JsonNode entry : api.as("vic").get(path(id, "/timeline")).body()) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("No " + type + " in the timeline of " + id);
    }

    private JsonNode asOf(String id, Instant instant) {
        Answer answer = api.as("vic").get(path(id, "") + "?asOf=" + instant);
        assertThat(answer.status()).as("as of " + instant).isEqualTo(200);
        return answer.body();
    }

    private void approve(String user, String id, String change, int version) {
        assertThat(api.as(user)
                        .post(path(id, "/changes/" + change + "/approvals"), "{\"version\": " + version + "}")
                        .status())
                .isEqualTo(200);
    }

    private static String path(String id, String step) {
        return "/api/projects/" + id + step;
    }

    /** A moment after the last step; the clock is past it before the next step is recorded. */
    private static Instant now() {
        Instant now = Instant.now();
        await().until(() -> Instant.now().isAfter(now.plusMillis(1)));
        return now;
    }
}
