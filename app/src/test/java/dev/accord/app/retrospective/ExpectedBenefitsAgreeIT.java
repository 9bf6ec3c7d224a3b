package dev.accord.app.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.retrospective.api.FindProjectRetrospective;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.ui.project.PlanVersusActualLines;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * DOMAIN.md's benefits plan: when a month of actuals is skipped, the project page's chart and the retrospective
 * draw the same expected line, counting the skipped month as a month of expected benefits.
 */
@AccordIntegrationTest
class ExpectedBenefitsAgreeIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    QueryGateway queries;

    @Test
    void theProjectPageAndTheRetrospectiveExpectTheSameWhenAMonthIsSkipped() {
        Api api = new Api(http, json);
        int year = FiscalYears.unused();
        Answer proposed = api.propose("ida", "Skipped month " + UUID.randomUUID(), "100000.00", year);
        String path = "/api/projects/" + proposed.text("id");
        ok(api.as("fay").post(path + "/changes/" + proposed.text("changeId") + "/approvals", "{\"version\": 1}"));
        ok(api.as("ivo").post(path + "/changes/" + proposed.text("changeId") + "/approvals", "{\"version\": 1}"));
        ok(api.as("ivo").post(path + "/estimates", """
                {"oneTimeCost": {"amount": "80000.00", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "120000.00", "currency": "EUR"}}"""));
        ok(api.as("ida").post(path + "/roi", """
                {"benefits": [{"category": "COST_SAVING", "metric": "licence cost", "target": "-40 %",
                  "yearlyAmount": {"amount": "36000.00", "currency": "EUR"}}]}"""));
        YearMonth first = YearMonth.now().minusMonths(4);
        // The third month is skipped: nothing is recorded for it.
        for (YearMonth month : List.of(first, first.plusMonths(1), first.plusMonths(3))) {
            ok(api.as("ivo").post(path + "/actuals", """
                    {"period": "%s", "spend": {"amount": "10000.00", "currency": "EUR"},
                     "benefits": [{"metric": "licence cost", "amount": {"amount": "3000.00", "currency": "EUR"}}]}""".formatted(month)));
        }
        UUID projectId = UUID.fromString(proposed.text("id"));

        ProjectDetail detail = queries.query(
                        new FindProjectDetail(projectId), ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                .join()
                .orElseThrow();
        List<BigDecimal> onTheProjectPage = PlanVersusActualLines.of(detail).expected();
        ProjectRetrospective retrospective = queries.query(
                        new FindProjectRetrospective(projectId),
                        ResponseTypes.optionalInstanceOf(ProjectRetrospective.class))
                .join()
                .orElseThrow();
        List<BigDecimal> inTheRetrospective = retrospective.months().stream()
                .map(MonthPlanVersusActual::benefitsExpectedToDate)
                .map(money -> money.amount())
                .toList();

        // 36,000 a year is 3,000 a month; the fourth calendar month expects four of them, skipped month or not.
        assertThat(onTheProjectPage).containsExactly(amount("3000.00"), amount("6000.00"), amount("12000.00"));
        assertThat(inTheRetrospective)
                .usingElementComparator(BigDecimal::compareTo)
                .isEqualTo(onTheProjectPage);
        assertThat(retrospective.benefits().expectedToDate().amount()).isEqualByComparingTo("12000.00");
    }

    private static BigDecimal amount(String amount) {
        return new BigDecimal(amount);
    }

    private static void ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isBetween(200, 299);
    }
}
