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
import dev.accord.domain.retrospective.api.FindYearRetrospective;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.YearRetrospective;
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
 * draw the same expected line, counting the skipped month as a month of expected benefits; and the fiscal year's
 * retrospective adds up what its projects' plans expect, a skipped month included.
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
        YearMonth first = YearMonth.now().minusMonths(4);
        // The third month is skipped: nothing is recorded for it.
        UUID projectId = projectWithActuals(
                api, FiscalYears.unused(), "36000.00", List.of(first, first.plusMonths(1), first.plusMonths(3)));

        ProjectDetail detail = queries.query(
                        new FindProjectDetail(projectId), ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                .join()
                .orElseThrow();
        List<BigDecimal> onTheProjectPage = PlanVersusActualLines.of(detail).expected();
        ProjectRetrospective retrospective = retrospective(projectId);
        List<BigDecimal> inTheRetrospective = expectedLine(retrospective.months());

        // 36,000 a year is 3,000 a month; the fourth calendar month expects four of them, skipped month or not.
        assertThat(onTheProjectPage).containsExactly(amount("3000.00"), amount("6000.00"), amount("12000.00"));
        assertThat(inTheRetrospective)
                .usingElementComparator(BigDecimal::compareTo)
                .isEqualTo(onTheProjectPage);
        assertThat(retrospective.benefits().expectedToDate().amount()).isEqualByComparingTo("12000.00");
    }

    @Test
    void theYearExpectsWhatItsProjectsExpectWhenOneSkipsAMonthAnotherRecords() {
        Api api = new Api(http, json);
        int year = FiscalYears.unused();
        YearMonth first = YearMonth.now().minusMonths(4);
        // The first project skips its third month; the second records only that month, so the year has a line for
        // it on which the first project's plan must still count the month it skipped.
        UUID skipping =
                projectWithActuals(api, year, "36000.00", List.of(first, first.plusMonths(1), first.plusMonths(3)));
        UUID filling = projectWithActuals(api, year, "12000.00", List.of(first.plusMonths(2)));

        YearRetrospective retrospective = queries.query(
                        new FindYearRetrospective(year), ResponseTypes.instanceOf(YearRetrospective.class))
                .join();

        assertThat(retrospective.months())
                .extracting(MonthPlanVersusActual::period)
                .containsExactly(first, first.plusMonths(1), first.plusMonths(2), first.plusMonths(3));
        // 3,000 a month for the first project from its first month; 1,000 a month for the second from its only one,
        // held there after it. The third month expects three of the first project's months, not two.
        assertThat(expectedLine(retrospective.months()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(amount("3000.00"), amount("6000.00"), amount("10000.00"), amount("13000.00"));
        // On the months both projects' pages draw, the year is their sum.
        BigDecimal skippingToDate =
                retrospective(skipping).benefits().expectedToDate().amount();
        BigDecimal fillingToDate =
                retrospective(filling).benefits().expectedToDate().amount();
        assertThat(expectedLine(retrospective.months()).get(3)).isEqualByComparingTo(skippingToDate.add(fillingToDate));
    }

    /** A proposed project with its initial budget approved, an ROI case of {@code yearly}, and actuals for months. */
    private UUID projectWithActuals(Api api, int year, String yearly, List<YearMonth> months) {
        Answer proposed = api.propose("ida", "Skipped month " + UUID.randomUUID(), "100000.00", year);
        String path = "/api/projects/" + proposed.text("id");
        ok(api.as("fay").post(path + "/changes/" + proposed.text("changeId") + "/approvals", "{\"version\": 1}"));
        ok(api.as("ivo").post(path + "/changes/" + proposed.text("changeId") + "/approvals", "{\"version\": 1}"));
        ok(api.as("ivo").post(path + "/estimates", """
                {"oneTimeCost": {"amount": "80000.00", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "120000.00", "currency": "EUR"}}"""));
        ok(api.as("ida").post(path + "/roi", """
                {"benefits": [{"category": "COST_SAVING", "metric": "licence cost", "target": "-40 %%",
                  "yearlyAmount": {"amount": "%s", "currency": "EUR"}}]}""".formatted(yearly)));
        for (YearMonth month : months) {
            ok(api.as("ivo").post(path + "/actuals", """
                    {"period": "%s", "spend": {"amount": "10000.00", "currency": "EUR"},
                     "benefits": [{"metric": "licence cost", "amount": {"amount": "3000.00", "currency": "EUR"}}]}""".formatted(month)));
        }
        return UUID.fromString(proposed.text("id"));
    }

    private ProjectRetrospective retrospective(UUID projectId) {
        return queries.query(
                        new FindProjectRetrospective(projectId),
                        ResponseTypes.optionalInstanceOf(ProjectRetrospective.class))
                .join()
                .orElseThrow();
    }

    private static List<BigDecimal> expectedLine(List<MonthPlanVersusActual> months) {
        return months.stream()
                .map(MonthPlanVersusActual::benefitsExpectedToDate)
                .map(money -> money.amount())
                .toList();
    }

    private static BigDecimal amount(String amount) {
        return new BigDecimal(amount);
    }

    private static void ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isBetween(200, 299);
    }
}
