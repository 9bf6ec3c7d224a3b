package dev.accord.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The fiscal year's budget is set jointly, Finance owns the discount rate, and projects are ranked by ROI. */
@AccordIntegrationTest
class PortfolioApiIT {

    /** JSON numbers compare by value: what the tables give as 8.00 the events may carry as 8. */
    private static final Comparator<JsonNode> BY_VALUE =
            (a, b) -> a instanceof NumericNode x && b instanceof NumericNode y
                    ? x.decimalValue().compareTo(y.decimalValue())
                    : a.equals(b) ? 0 : 1;

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

    @Test
    void theYearAsItStandsIsTheYearFoldedFromItsEventsRankedAndFittedAlike() {
        String setBudget = api.as("ivo").post(budget(), body("500000.00")).text("changeId");
        approveBudget("fay", setBudget);
        approveBudget("ida", setBudget);
        Answer apple = api.propose("ida", "Apple " + UUID.randomUUID(), "100000.00", year);
        Answer apricot = api.propose("ida", "apricot " + UUID.randomUUID(), "250000.00", year);
        Answer approved = api.propose("ida", "beta " + UUID.randomUUID(), "300000.00", year);
        Answer tooBig = api.propose("ida", "Gamma " + UUID.randomUUID(), "400000.00", year);
        Answer rejected = api.propose("ida", "Delta " + UUID.randomUUID(), "1000.00", year);
        approveChange("fay", approved);
        approveChange("ivo", approved);
        assertThat(api.as("fay")
                        .post(change(rejected) + "/rejections", "{\"reason\": \"Not now\"}")
                        .status())
                .isEqualTo(200);
        recordMonth(approved, "60000.00");
        recordMonth(approved, "45000.00");

        JsonNode live = api.as("vic").get(portfolio()).body();
        assertThat(live.get("remaining").get("amount").asText()).isEqualTo("200000.00");
        assertThat(live.get("projects").findValuesAsText("id"))
                .as("by title whatever its case, the rejected one out")
                .containsExactly(apple.text("id"), apricot.text("id"), approved.text("id"), tooBig.text("id"));
        assertThat(live.get("projects").findValuesAsText("fitsRemaining"))
                .as("100,000 fits the 200,000 left, 250,000 does not, the approved one holds its share")
                .containsExactly("true", "false", "true", "false");
        assertThat(live.get("projects").get(2).get("spendToDate").get("amount").asText())
                .as("the month recorded again replaced the first figure")
                .isEqualTo("45000.00");

        JsonNode folded = api.as("vic")
                .get(portfolio() + "?asOf=" + Instant.now().plus(Duration.ofDays(1)))
                .body();
        assertThat(live.equals(BY_VALUE, folded))
                .as("live:   %s%nfolded: %s", live, folded)
                .isTrue();
    }

    private void approveBudget(String user, String changeId) {
        assertThat(api.as(user)
                        .post(budget() + "/" + changeId + "/approvals", "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
    }

    private void approveChange(String user, Answer proposed) {
        assertThat(api.as(user)
                        .post(change(proposed) + "/approvals", "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
    }

    private void recordMonth(Answer proposed, String spend) {
        assertThat(api.as("ivo")
                        .post("/api/projects/" + proposed.text("id") + "/actuals", """
                {"period": "%s", "spend": {"amount": "%s", "currency": "EUR"}}""".formatted(
                                        YearMonth.now(), spend))
                        .status())
                .isEqualTo(201);
    }

    private static String change(Answer proposed) {
        return "/api/projects/" + proposed.text("id") + "/changes/" + proposed.text("changeId");
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
