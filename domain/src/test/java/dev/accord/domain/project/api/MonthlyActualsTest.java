package dev.accord.domain.project.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.shared.Money;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's actuals: recording a month again corrects it, so totals count each month once. */
class MonthlyActualsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private final MonthlyActuals actuals = new MonthlyActuals();

    @Test
    void aReRecordedMonthReplacesTheOldOneInEveryTotal() {
        actuals.recorded(month(APRIL, "500", "70"));
        actuals.recorded(month(MARCH, "1000", "100"));
        actuals.recorded(month(MARCH, "1200", "90"));
        assertThat(actuals.spendToDate()).isEqualByComparingTo("1700");
        assertThat(actuals.benefitsToDate()).isEqualByComparingTo("160");
        assertThat(actuals.count()).isEqualTo(2);
        assertThat(actuals.month(MARCH).orElseThrow().spend()).isEqualTo(Money.of("1200", "EUR"));
    }

    @Test
    void monthsComeInCalendarOrderWhateverTheOrderOfRecording() {
        actuals.recorded(month(APRIL, "500", "0"));
        actuals.recorded(month(MARCH, "1000", "0"));
        assertThat(actuals.months()).extracting(MonthlyActuals.Month::period).containsExactly(MARCH, APRIL);
        assertThat(actuals.first()).contains(MARCH);
        assertThat(actuals.last()).contains(APRIL);
    }

    @Test
    void spendToDateWithACorrectionCountsTheCorrectedMonthOnce() {
        actuals.recorded(month(MARCH, "1000", "0"));
        actuals.recorded(month(APRIL, "500", "0"));
        assertThat(actuals.spendToDateWith(MARCH, new java.math.BigDecimal("800")))
                .isEqualByComparingTo("1300");
        assertThat(actuals.spendToDateWith(YearMonth.of(2026, 5), new java.math.BigDecimal("100")))
                .isEqualByComparingTo("1600");
    }

    @Test
    void benefitsAreSummedPerMetricOverTheMonthsAsLastRecorded() {
        actuals.recorded(month(MARCH, "0", "100"));
        actuals.recorded(month(MARCH, "0", "40"));
        actuals.recorded(month(APRIL, "0", "60"));
        assertThat(actuals.benefitsByMetric()).containsOnlyKeys("licences");
        assertThat(actuals.benefitsByMetric().get("licences")).isEqualByComparingTo("100");
    }

    private static MonthlyActuals.Month month(YearMonth period, String spend, String benefit) {
        return new MonthlyActuals.Month(
                period,
                period.atEndOfMonth(),
                Money.of(spend, "EUR"),
                List.of(new RealisedBenefit("licences", Money.of(benefit, "EUR"))));
    }
}
