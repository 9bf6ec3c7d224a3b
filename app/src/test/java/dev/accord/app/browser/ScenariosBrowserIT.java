package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Finance member builds two what-if scenarios on the year's portfolio, sees their figures as she types, saves them,
 * compares them side by side, and turns one into the change requests it implies: the budget change of a project
 * under way is opened, the revision of someone else's proposal is refused with the reason, and nothing is approved.
 */
@AccordIntegrationTest
class ScenariosBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void aScenarioIsBuiltSavedComparedAndTurnedIntoChangeRequests() throws Exception {
        Api api = new Api(http, json);
        int year = FiscalYears.unused();
        String portfolio = "/api/portfolio/" + year;
        String budget = api.as("ivo")
                .post(portfolio + "/budget", "{\"budget\": {\"amount\": \"1000000.00\", \"currency\": \"EUR\"}}")
                .text("changeId");
        api.as("fay").post(portfolio + "/budget/" + budget + "/approvals", "{\"version\": 1}");
        api.as("ida").post(portfolio + "/budget/" + budget + "/approvals", "{\"version\": 1}");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String crm = withCase(api, api.propose("ivo", "CRM renewal " + suffix, "400000.00", year), "400000", "200000");
        Answer erpProposed = api.propose("ivo", "ERP upgrade " + suffix, "300000.00", year);
        String erp = withCase(api, erpProposed, "300000", "110000");
        String initial = "/api/projects/" + erp + "/changes/" + erpProposed.text("changeId") + "/approvals";
        api.as("fay").post(initial, "{\"version\": 1}");
        api.as("ida").post(initial, "{\"version\": 1}");
        String lab = api.propose("ida", "Innovation lab " + suffix, "500000.00", year)
                .text("id");

        try (Browser fay = new Browser("http://localhost:" + port)) {
            fay.signInAs("fay", "demo");
            // The portfolio leads to the scenarios of the year it shows; the test's own year is further on.
            fay.open("/portfolio");
            fay.click("open-year-scenarios");
            fay.waitForTextContaining("scenarios-title", "What-if scenarios: fiscal year ");
            fay.open("/portfolio/" + year + "/scenarios");
            fay.waitForText("scenarios-title", "What-if scenarios: fiscal year " + year);

            // Lean: the CRM a little cheaper, the ERP upgrade trimmed; the figures follow as she types.
            fay.click("include-" + crm);
            fay.click("include-" + erp);
            fay.waitForTextContaining("scenario-total", "700,000");
            fay.type("amount-" + crm, "380000");
            fay.type("amount-" + erp, "250000");
            fay.waitForTextContaining("scenario-total", "630,000");
            fay.waitForTextContaining("scenario-remaining", "370,000");
            fay.waitForText("scenario-fit", "2 of 2");
            fay.waitForTextContaining("npv-" + crm, "\u20ac");
            fay.scrollIntoView("scenarios-title");
            fay.screenshot("scenarios-builder");
            fay.type("scenario-name", "Lean " + suffix);
            fay.click("save-scenario");
            fay.waitForCell("Lean " + suffix);
            fay.waitForTextContaining("scenario-editing", "version 1");

            // Bold: a new scenario with the lab, which does not fit beside the CRM.
            fay.click("new-scenario");
            fay.click("include-" + crm);
            fay.click("include-" + lab);
            fay.type("amount-" + lab, "650000");
            fay.waitForText("scenario-fit", "1 of 2");
            fay.waitForTextContaining("scenario-figures-note", "Does not fit in rank order: Innovation lab " + suffix);
            fay.type("scenario-name", "Bold " + suffix);
            fay.click("save-scenario");
            fay.waitForCell("Bold " + suffix);

            fay.chooseInComboBox("compare-first", "Lean " + suffix);
            fay.chooseInComboBox("compare-second", "Bold " + suffix);
            fay.click("compare-scenarios");
            fay.waitForTextContaining("difference-total", "+\u20ac420,000.00");
            fay.waitForCell("Left out");
            fay.waitForTextContaining("second-fit", "1 of 2");
            fay.scrollIntoView("scenario-comparison");
            fay.screenshot("scenarios");

            String lean =
                    scenarioNamed(api, portfolio, "Lean " + suffix).get("id").asText();
            fay.click("changes-from-" + lean);
            fay.waitFor(By.id("implied-changes"));
            fay.click("open-change-requests");
            fay.waitFor(By.id("change-outcomes"));
            fay.waitForCellStartingWith("Opened, version 1");
            fay.waitForCellStartingWith("Refused:");
            fay.screenshot("scenarios-change-requests");
        }

        JsonNode erpNow = api.as("vic").get("/api/projects/" + erp).body();
        assertThat(erpNow.at("/approvedBudget/amount").asText())
                .as("nothing approved")
                .isEqualTo("300000.00");
        assertThat(erpNow.at("/openChanges/0/kind").asText()).isEqualTo("BUDGET");
        assertThat(erpNow.at("/openChanges/0/budget/amount").asText()).isEqualTo("250000.00");
        JsonNode crmNow = api.as("vic").get("/api/projects/" + crm).body();
        assertThat(crmNow.at("/openChanges/0/version").asInt())
                .as("Ivo's proposal, not Fay's to revise")
                .isEqualTo(1);
    }

    private static JsonNode scenarioNamed(Api api, String portfolio, String name) {
        for (JsonNode scenario : api.as("vic").get(portfolio + "/scenarios").body()) {
            if (scenario.get("name").asText().equals(name)) {
                return scenario;
            }
        }
        throw new AssertionError("No scenario " + name);
    }

    private static String withCase(Api api, Answer proposed, String oneTimeCost, String yearlyBenefit) {
        String id = proposed.text("id");
        api.as("ivo").post("/api/projects/" + id + "/estimates", """
                {"oneTimeCost": {"amount": "%s", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "0", "currency": "EUR"}, "horizonYears": 3,
                 "low": {"amount": "%s", "currency": "EUR"}, "high": {"amount": "%s", "currency": "EUR"}}""".formatted(oneTimeCost, oneTimeCost, oneTimeCost));
        api.as("ivo").post("/api/projects/" + id + "/roi", """
                {"benefits": [{"category": "REVENUE", "metric": "orders", "target": "+5 %%",
                               "yearlyAmount": {"amount": "%s", "currency": "EUR"}}]}""".formatted(yearlyBenefit));
        return id;
    }
}
