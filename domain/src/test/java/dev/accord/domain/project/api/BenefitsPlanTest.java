package dev.accord.domain.project.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's benefits plan: a twelfth of the yearly benefits per calendar month since the first actuals. */
class BenefitsPlanTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final BenefitsPlan PLAN = BenefitsPlan.of(List.of(
            new ExpectedBenefit(BenefitCategory.COST_SAVING, "licences", "-30 %", Money.of("80000", "EUR")),
            new ExpectedBenefit(BenefitCategory.PRODUCTIVITY, "hours", "-10 %", Money.of("40000", "EUR"))));

    @Test
    void theYearlyBenefitsAreTheSumOfTheRoiCasesBenefits() {
        assertThat(PLAN.yearly()).isEqualByComparingTo("120000");
    }

    @Test
    void theFirstMonthOfActualsExpectsOneTwelfth() {
        assertThat(PLAN.expectedBy(JANUARY, JANUARY)).isEqualTo(new BigDecimal("10000.00"));
    }

    @Test
    void aSkippedMonthDoesNotLowerWhatWasExpected() {
        List<YearMonth> withMarchSkipped = List.of(JANUARY, YearMonth.of(2026, 2), YearMonth.of(2026, 4));
        assertThat(PLAN.expectedAlong(withMarchSkipped))
                .containsExactly(new BigDecimal("10000.00"), new BigDecimal("20000.00"), new BigDecimal("40000.00"));
    }

    @Test
    void monthsAreCountedAcrossTheTurnOfTheYear() {
        assertThat(BenefitsPlan.monthsElapsed(YearMonth.of(2025, 11), YearMonth.of(2026, 2)))
                .isEqualTo(4);
    }

    @Test
    void expectationsAreRoundedToTheCent() {
        assertThat(new BenefitsPlan(new BigDecimal("1000")).expectedAfter(1)).isEqualTo(new BigDecimal("83.33"));
    }

    @Test
    void nothingIsExpectedToDateBeforeAnyActuals() {
        assertThat(PLAN.expectedToDate(new MonthlyActuals())).isEqualByComparingTo("0");
    }

    @Test
    void toDateMeansUpToTheLatestMonthWithActuals() {
        MonthlyActuals actuals = new MonthlyActuals();
        actuals.recorded(month(YearMonth.of(2026, 3), "1000"));
        actuals.recorded(month(JANUARY, "1000"));
        assertThat(PLAN.expectedToDate(actuals)).isEqualTo(new BigDecimal("30000.00"));
    }

    private static MonthlyActuals.Month month(YearMonth period, String spend) {
        return new MonthlyActuals.Month(period, period.atEndOfMonth(), Money.of(spend, "EUR"), List.of());
    }
}
