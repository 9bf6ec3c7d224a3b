package dev.accord.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The fiscal year's budget is set jointly, Finance owns the discount rate, and projects are ranked by ROI. */
@AccordIntegrationTest
class PortfolioApiIT {

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
    void theYearBudgetTakesEffectWithBothSidesAndARejectionClosesARequest() {
        String first = api.as("ivo").post(budget(), body("900000.00")).text("changeId");
        assertThat(api.as("ivo")
                        .post(budget() + "/" + first + "/approvals", "{\"version\": 1}")
                        .status())
                .as("own request")
                .isEqualTo(403);
        assertThat(api.as("ida").post(budget(), body("1.00")).status())
                .as("one request at a time")
                .isEqualTo(409);
        assertThat(api.as("fay")
                        .post(budget() + "/" + first + "/rejections", "{\"reason\": \"Too high\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("vic").get(portfolio()).body().get("budget").isNull()).isTrue();

        String second = api.as("ivo").post(budget(), body("800000.00")).text("changeId");
        assertThat(api.as("vic")
                        .get(portfolio())
                        .body()
                        .get("pendingBudget")
                        .get("amount")
                        .asText())
                .isEqualTo("800000.00");
        assertThat(api.as("fay")
                        .post(budget() + "/" + second + "/approvals", "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("vic").get(portfolio()).body().get("budget").isNull())
                .as("IT has not approved")
                .isTrue();
        assertThat(api.as("ida")
                        .post(budget() + "/" + second + "/approvals", "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
        JsonNode view = api.as("vic").get(portfolio()).body();
        assertThat(view.get("budget").get("amount").asText()).isEqualTo("800000.00");
        assertThat(view.get("remaining").get("amount").asText()).isEqualTo("800000.00");
        assertThat(api.as("ida").post(budget(), body("0")).text("field")).isEqualTo("budget.amount");
    }

    @Test
    void financeSetsTheDiscountRateThatRoiCasesUse() {
        assertThat(api.as("ida")
                        .put(portfolio() + "/discount-rate", "{\"ratePercent\": 7}")
                        .status())
                .as("IT may not")
                .isEqualTo(403);
        assertThat(api.as("fay")
                        .put(portfolio() + "/discount-rate", "{\"ratePercent\": 120}")
                        .text("field"))
                .isEqualTo("ratePercent");
        assertThat(api.as("fay")
                        .put(portfolio() + "/discount-rate", "{\"ratePercent\": 10}")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("vic")
                        .get(portfolio())
                        .body()
                        .get("discountRatePercent")
                        .decimalValue())
                .isEqualByComparingTo("10");

        String id = propose("Ranked second", "100000");
        api.as("ivo").post("/api/projects/" + id + "/estimates", """
                {"oneTimeCost": {"amount": "100000", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "0", "currency": "EUR"}, "horizonYears": 3,
                 "low": {"amount": "90000", "currency": "EUR"}, "high": {"amount": "120000", "currency": "EUR"}}""");
        api.as("ivo").post("/api/projects/" + id + "/roi", roi("50000"));
        JsonNode roiCase = api.as("vic").get("/api/projects/" + id).body().get("roiCase");
        assertThat(roiCase.get("discountRatePercent").decimalValue()).isEqualByComparingTo("10");
        // 100,000 now, 50,000 a year for 3 years at 10 %: 50,000 × 2.4868520 − 100,000 = 24,342.60
        assertThat(roiCase.get("figures").get("npv").decimalValue()).isEqualByComparingTo("24342.60");

        String better = propose("Ranked first", "100000");
        api.as("ivo").post("/api/projects/" + better + "/estimates", """
                {"oneTimeCost": {"amount": "100000", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "0", "currency": "EUR"}, "horizonYears": 3,
                 "low": {"amount": "90000", "currency": "EUR"}, "high": {"amount": "120000", "currency": "EUR"}}""");
        api.as("ivo").post("/api/projects/" + better + "/roi", roi("70000"));
        List<String> ranked =
                api.as("vic").get(portfolio()).body().get("projects").findValuesAsText("id");
        assertThat(ranked).containsExactly(better, id);
    }

    private String propose(String title, String amount) {
        return api.as("ida")
                .post("/api/projects", """
                {"title": "%s %s", "requestedBudget": {"amount": "%s", "currency": "EUR"}, "fiscalYear": %d}""".formatted(title, UUID.randomUUID(), amount, year))
                .text("id");
    }

    private static String roi(String yearly) {
        return """
                {"benefits": [{"category": "REVENUE", "metric": "orders", "target": "+5 %%",
                               "yearlyAmount": {"amount": "%s", "currency": "EUR"}}]}""".formatted(yearly);
    }

    private String portfolio() {
        return "/api/portfolio/" + year;
    }

    private String budget() {
        return portfolio() + "/budget";
    }

    private static String body(String amount) {
        return "{\"budget\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}, \"rationale\": \"Budget round\"}";
    }
}
