package dev.accord.domain.project;

import static dev.accord.domain.project.ProjectFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.project.ReassessmentDuePolicy.Due;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.project.api.ReviewPolicy;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's reassessment triggers, as a pure policy: spend more than 10 % over the approved budget, or realised
 * benefits more than 25 % behind what the ROI case expects (the standard policy), judged after three calendar
 * months.
 */
class ReassessmentDuePolicyTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final List<ExpectedBenefit> TWELVE_THOUSAND_A_YEAR =
            List.of(new ExpectedBenefit(BenefitCategory.COST_SAVING, "licences", "-30 %", eur("12000")));

    private final MonthlyActuals actuals = new MonthlyActuals();

    @Test
    void nothingFallsDueBeforeABudgetIsApproved() {
        month(JANUARY, "1000000", "0");
        assertThat(ReassessmentDuePolicy.after(actuals, null, TWELVE_THOUSAND_A_YEAR, ReviewPolicy.standard()))
                .isEmpty();
    }

    @Test
    void spendOverTheOverrunShareFallsDue() {
        month(JANUARY, "1100.01", "0");
        assertThat(due()).map(Due::trigger).contains(ReassessmentTrigger.SPEND_OVERRUN);
    }

    @Test
    void spendAtTheOverrunShareDoesNot() {
        month(JANUARY, "1100", "1000");
        assertThat(due()).isEmpty();
    }

    @Test
    void anOverrunIsNamedBeforeAShortfall() {
        month(JANUARY, "500", "0");
        month(JANUARY.plusMonths(1), "300", "0");
        month(JANUARY.plusMonths(2), "300.01", "0");
        assertThat(due()).map(Due::trigger).contains(ReassessmentTrigger.SPEND_OVERRUN);
    }

    @Test
    void benefitsAreNotJudgedBeforeThreeCalendarMonths() {
        month(JANUARY, "0", "0");
        month(JANUARY.plusMonths(1), "0", "0");
        assertThat(due()).isEmpty();
    }

    @Test
    void benefitsMoreThanTheShortfallShareBehindFallDue() {
        // 3,000 expected after three months; the floor is 2,250.
        month(JANUARY, "0", "1000");
        month(JANUARY.plusMonths(1), "0", "1000");
        month(JANUARY.plusMonths(2), "0", "249.99");
        Due due = due().orElseThrow();
        assertThat(due.trigger()).isEqualTo(ReassessmentTrigger.BENEFIT_SHORTFALL);
        assertThat(due.reason()).contains(eur("2249.99").toString(), eur("3000").toString(), "after 3 months");
    }

    @Test
    void aSkippedMonthStillCountsAsExpected() {
        // January and March only: three calendar months, so 3,000 expected, not the 2,000 of two recorded months.
        month(JANUARY, "0", "1100");
        month(JANUARY.plusMonths(2), "0", "1100");
        assertThat(due()).map(Due::trigger).contains(ReassessmentTrigger.BENEFIT_SHORTFALL);
    }

    @Test
    void withoutAnRoiCaseBenefitsAreNotJudged() {
        month(JANUARY, "0", "0");
        month(JANUARY.plusMonths(2), "0", "0");
        assertThat(ReassessmentDuePolicy.after(actuals, eur("1000"), null, ReviewPolicy.standard()))
                .isEmpty();
    }

    private Optional<Due> due() {
        return ReassessmentDuePolicy.after(actuals, eur("1000"), TWELVE_THOUSAND_A_YEAR, ReviewPolicy.standard());
    }

    private void month(YearMonth period, String spend, String benefit) {
        actuals.recorded(new MonthlyActuals.Month(
                period, period.atEndOfMonth(), eur(spend), List.of(new RealisedBenefit("licences", eur(benefit)))));
    }
}
