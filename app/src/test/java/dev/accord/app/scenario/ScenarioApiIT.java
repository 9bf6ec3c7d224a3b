package dev.accord.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A year's what-if scenarios through the API, on PostgreSQL: saved by either side and read by everyone, evaluated
 * against the year's budget and ranking, compared, refused with the field named when the input is bad, and turned
 * into the change requests they imply without approving any.
 */
@AccordIntegrationTest
class ScenarioApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    Api api;
    int year;
    String crm;
    String erp;
    String lab;

    /**
     * A year of 1,000,000 at 10 %: a CRM proposal of 400,000 (ranked first, its case worth 97,370.40), an ERP upgrade
     * approved at 300,000, and a lab proposal of 500,000 without an ROI case.
     */
    @BeforeEach
    void aYear() {
        api = new Api(http, json);
        year = FiscalYears.unused();
        String budget = api.as("ivo").post(portfolio() + "/budget", """
                {"budget": {"amount": "1000000.00", "currency": "EUR"}}""").text("changeId");
        api.as("fay").post(portfolio() + "/budget/" + budget + "/approvals", "{\"version\": 1}");
        api.as("ida").post(portfolio() + "/budget/" + budget + "/approvals", "{\"version\": 1}");
        assertThat(api.as("fay")
                        .put(portfolio() + "/discount-rate", "{\"ratePercent\": 10}")
                        .status())
                .isEqualTo(200);
        crm = withCase(api.propose("ivo", "CRM " + UUID.randomUUID(), "400000.00", year), "400000", "200000");
        Answer erpProposed = api.propose("ivo", "ERP " + UUID.randomUUID(), "300000.00", year);
        erp = withCase(erpProposed, "300000", "110000");
        String initial = "/api/projects/" + erp + "/changes/" + erpProposed.text("changeId") + "/approvals";
        api.as("fay").post(initial, "{\"version\": 1}");
        assertThat(api.as("ida").post(initial, "{\"version\": 1}").text("tookEffect"))
                .isEqualTo("true");
        lab = api.propose("ida", "Lab " + UUID.randomUUID(), "500000.00", year).text("id");
    }

    @Test
    void eitherSideSavesAScenarioThatEveryoneReadsEvaluatedAgainstTheYear() {
        Answer saved = api.as("ida").post(scenarios(), scenario("Lean", crm, "400000", lab, "500000"));
        assertThat(saved.status()).isEqualTo(201);

        JsonNode listed = api.as("vic").get(scenarios()).body();
        assertThat(listed.findValuesAsText("name")).containsExactly("Lean");
        assertThat(listed.get(0).at("/total/amount").asText()).isEqualTo("900000.00");
        assertThat(listed.get(0).get("savedBy").asText()).contains("Ida");

        JsonNode evaluation =
                api.as("vic").get(scenarios() + "/" + saved.text("id")).body().get("evaluation");
        // The approved ERP upgrade keeps its 300,000: 700,000 is left for the set, which asks for 900,000.
        assertThat(evaluation.at("/heldOutside/amount").asText()).isEqualTo("300000.00");
        assertThat(evaluation.at("/total/amount").asText()).isEqualTo("900000.00");
        assertThat(evaluation.at("/remaining/amount").asText()).isEqualTo("-200000.00");
        assertThat(evaluation.get("projects").findValuesAsText("projectId")).containsExactly(crm, lab);
        assertThat(evaluation.get("projects").findValuesAsText("fits")).containsExactly("true", "false");
        // Only the CRM has an ROI case: 200,000 a year for 3 years on 400,000 at 10 %.
        assertThat(evaluation.at("/figures/npv").decimalValue()).isEqualByComparingTo("97370.40");
        assertThat(evaluation.at("/figures/roiPercent").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(evaluation.get("withoutRoiCase").asInt()).isEqualTo(1);
    }

    @Test
    void twoScenariosAreComparedProjectByProject() {
        String lean = api.as("ida")
                .post(scenarios(), scenario("Lean", crm, "400000", lab, "500000"))
                .text("id");
        String bold = api.as("fay")
                .post(scenarios(), scenario("Bold", crm, "300000", erp, "250000"))
                .text("id");

        JsonNode comparison = api.as("vic")
                .get(scenarios() + "/comparison?first=" + lean + "&second=" + bold)
                .body();

        assertThat(comparison.at("/first/scenario/name").asText()).isEqualTo("Lean");
        assertThat(comparison.at("/second/scenario/name").asText()).isEqualTo("Bold");
        JsonNode projects = comparison.get("projects");
        assertThat(projects.findValuesAsText("projectId")).containsExactly(crm, erp, lab);
        assertThat(projects.get(0).at("/difference/amount").asText()).isEqualTo("-100000.00");
        assertThat(projects.get(1).get("first").isNull())
                .as("Lean leaves the ERP upgrade out")
                .isTrue();
        assertThat(projects.get(1).at("/second/amount").asText()).isEqualTo("250000.00");
        assertThat(projects.get(2).get("second").isNull()).isTrue();
        assertThat(comparison.at("/totalDifference/amount").asText()).isEqualTo("-350000.00");
        assertThat(comparison.get("npvDifference").isNumber()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        assertThat(api.as("ida")
                        .post(scenarios(), scenario("Lean", crm, "400000"))
                        .status())
                .isEqualTo(201);

        assertThat(field(api.as("ida").post(scenarios(), scenario(" ", crm, "1"))))
                .isEqualTo("name");
        assertThat(field(api.as("fay").post(scenarios(), scenario("LEAN", crm, "1"))))
                .isEqualTo("name");
        assertThat(field(api.as("ida").post(scenarios(), scenario("Zero", crm, "0"))))
                .isEqualTo("projects[0].amount.amount");
        assertThat(field(api.as("ida").post(scenarios(), scenario("Cents", crm, "1", lab, "1.001"))))
                .isEqualTo("projects[1].amount.amount");
        assertThat(field(api.as("ida")
                        .post(scenarios(), scenario("Unknown", UUID.randomUUID().toString(), "1"))))
                .isEqualTo("projects[0].projectId");
        assertThat(field(api.as("ida").post(scenarios(), scenario("Twice", crm, "1", crm, "2"))))
                .isEqualTo("projects[1].projectId");
        assertThat(field(api.as("ida").post(scenarios(), """
                {"name": "Not an id", "projects": [{"projectId": "crm", "amount": {"amount": "1", "currency": "EUR"}}]}""")))
                .as("as the API names a value of the wrong type in any list")
                .isEqualTo("projects.0.projectId");
        assertThat(field(api.as("ida").post(scenarios(), """
                {"name": "Dollars", "projects": [{"projectId": "%s", "amount": {"amount": "1", "currency": "USD"}}]}""".formatted(crm)))).isEqualTo("projects[0].amount.currency");
        assertThat(field(api.as("ida").post(scenarios(), "{\"name\": \"Empty\", \"projects\": []}")))
                .isEqualTo("projects");
        assertThat(field(api.as("vic")
                        .post(scenarios() + "/evaluation", "{\"projects\": [" + project(crm, "-5") + "]}")))
                .isEqualTo("projects[0].amount.amount");
        assertThat(field(api.as("vic").get(scenarios() + "/comparison?first=" + UUID.randomUUID())))
                .isEqualTo("second");
        assertThat(api.as("vic")
                        .post(scenarios(), scenario("Viewer's", crm, "1"))
                        .status())
                .as("a viewer reads, and does not save")
                .isEqualTo(403);

        assertThat(api.as("vic").get(scenarios()).body().findValuesAsText("name"))
                .containsExactly("Lean");
    }

    @Test
    void aSetNotSavedIsEvaluatedAsASavedOneWouldBe() {
        JsonNode evaluation = api.as("vic")
                .post(scenarios() + "/evaluation", "{\"projects\": [" + project(crm, "200000") + "]}")
                .body();

        // Half the money, half the CRM's case: half its NPV, the same ROI.
        assertThat(evaluation.at("/figures/npv").decimalValue()).isEqualByComparingTo("48685.20");
        assertThat(evaluation.at("/figures/roiPercent").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(evaluation.at("/projects/0/difference/amount").asText()).isEqualTo("-200000.00");
        assertThat(evaluation.at("/remaining/amount").asText()).isEqualTo("500000.00");
    }

    @Test
    void aRevisionIsTheNextVersionAndAStaleOneOrADiscardedScenarioIsRefused() {
        String lean =
                api.as("ida").post(scenarios(), scenario("Lean", crm, "400000")).text("id");
        String revision = """
                {"version": %d, "name": "Leaner", "projects": [%s]}""";

        Answer revised = api.as("fay").put(scenarios() + "/" + lean, revision.formatted(1, project(crm, "350000")));
        assertThat(revised.body().get("version").asInt()).isEqualTo(2);
        assertThat(api.as("ida")
                        .put(scenarios() + "/" + lean, revision.formatted(1, project(crm, "1")))
                        .status())
                .as("someone saved version 2 since")
                .isEqualTo(409);
        assertThat(api.as("ida").delete(scenarios() + "/" + lean + "?version=2").status())
                .isEqualTo(204);
        assertThat(api.as("vic").get(scenarios()).body()).isEmpty();
        assertThat(api.as("vic").get(scenarios() + "/" + lean).status()).isEqualTo(404);
        assertThat(api.as("ida").post(scenarios(), scenario("Leaner", crm, "1")).status())
                .as("a discarded scenario's name is free again")
                .isEqualTo(201);
    }

    @Test
    void aScenarioOpensTheChangesItImpliesAndApprovesNone() {
        String scenario = api.as("fay")
                .post(scenarios(), scenario("Trim", crm, "350000", erp, "250000", lab, "500000"))
                .text("id");

        JsonNode outcomes = api.as("ida")
                .post(scenarios() + "/" + scenario + "/change-requests", "")
                .body();

        // The lab keeps its amount: nothing to change. The ERP upgrade gets a budget change; the CRM's initial
        // budget is only its requester's (Ivo's) to revise, so Ida's revision is refused, with the reason.
        assertThat(outcomes.findValuesAsText("projectId")).containsExactly(crm, erp);
        assertThat(outcomes.get(0).get("opened").asBoolean()).isFalse();
        assertThat(outcomes.get(0).get("kind").asText()).isEqualTo("INITIAL_BUDGET");
        assertThat(outcomes.get(0).get("refusal").asText()).isNotBlank();
        assertThat(outcomes.get(1).get("opened").asBoolean()).isTrue();
        assertThat(outcomes.get(1).get("kind").asText()).isEqualTo("BUDGET");
        JsonNode erpNow = api.as("vic").get("/api/projects/" + erp).body();
        assertThat(erpNow.at("/approvedBudget/amount").asText())
                .as("nothing approved")
                .isEqualTo("300000.00");
        JsonNode budgetChange = changeOf(erpNow, outcomes.get(1).get("changeId").asText());
        assertThat(budgetChange.get("state").asText()).isEqualTo("OPEN");
        assertThat(budgetChange.at("/budget/amount").asText()).isEqualTo("250000.00");
        assertThat(budgetChange.get("rationale").asText()).contains("Trim");

        JsonNode byRequester = api.as("ivo")
                .post(scenarios() + "/" + scenario + "/change-requests", "")
                .body();
        assertThat(byRequester.get(0).get("opened").asBoolean())
                .as("Ivo revises his own proposal")
                .isTrue();
        assertThat(byRequester.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(byRequester.get(1).get("refusal").asText())
                .as("one open budget change at a time")
                .contains("open");
        assertThat(api.as("vic")
                        .post(scenarios() + "/" + scenario + "/change-requests", "")
                        .status())
                .isEqualTo(403);
    }

    private JsonNode changeOf(JsonNode project, String changeId) {
        for (JsonNode change : project.get("openChanges")) {
            if (change.get("changeId").asText().equals(changeId)) {
                return change;
            }
        }
        throw new AssertionError("No open change " + changeId + " in " + project);
    }

    private String withCase(Answer proposed, String oneTimeCost, String yearlyBenefit) {
        String id = proposed.text("id");
        assertThat(api.as("ivo")
                        .post("/api/projects/" + id + "/estimates", """
                {"oneTimeCost": {"amount": "%s", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "0", "currency": "EUR"}, "horizonYears": 3,
                 "low": {"amount": "%s", "currency": "EUR"}, "high": {"amount": "%s", "currency": "EUR"}}""".formatted(
                                        oneTimeCost, oneTimeCost, oneTimeCost))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ivo")
                        .post("/api/projects/" + id + "/roi", """
                {"benefits": [{"category": "REVENUE", "metric": "orders", "target": "+5 %%",
                               "yearlyAmount": {"amount": "%s", "currency": "EUR"}}]}""".formatted(yearlyBenefit))
                        .status())
                .isEqualTo(201);
        return id;
    }

    private static String field(Answer refused) {
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
        return refused.text("field");
    }

    private static String scenario(String name, String... projectsAndAmounts) {
        List<String> projects = new java.util.ArrayList<>();
        for (int i = 0; i < projectsAndAmounts.length; i += 2) {
            projects.add(project(projectsAndAmounts[i], projectsAndAmounts[i + 1]));
        }
        return "{\"name\": \"%s\", \"projects\": [%s]}".formatted(name, String.join(", ", projects));
    }

    private static String project(String projectId, String amount) {
        return "{\"projectId\": \"%s\", \"amount\": {\"amount\": \"%s\", \"currency\": \"EUR\"}}"
                .formatted(projectId, amount);
    }

    private String portfolio() {
        return "/api/portfolio/" + year;
    }

    private String scenarios() {
        return portfolio() + "/scenarios";
    }
}
