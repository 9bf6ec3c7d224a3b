package dev.accord.domain.project;

import dev.accord.domain.project.api.RealisedBenefit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spend and realised benefits per month. Recording a month again corrects it: the later figures replace the
 * earlier ones in the totals, while both events stay in the history.
 */
final class Actuals {

    private final Map<YearMonth, BigDecimal> spendByPeriod = new HashMap<>();
    private final Map<YearMonth, BigDecimal> benefitsByPeriod = new HashMap<>();

    void recorded(YearMonth period, BigDecimal spend, List<RealisedBenefit> benefits) {
        spendByPeriod.put(period, spend);
        benefitsByPeriod.put(
                period,
                benefits.stream().map(benefit -> benefit.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    BigDecimal spendToDate() {
        return spendByPeriod.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Spend to date if {@code period} were recorded with {@code spend}. */
    BigDecimal spendToDateWith(YearMonth period, BigDecimal spend) {
        return spendToDate()
                .subtract(spendByPeriod.getOrDefault(period, BigDecimal.ZERO))
                .add(spend);
    }

    BigDecimal benefitsToDate() {
        return benefitsByPeriod.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int months() {
        return spendByPeriod.size();
    }

    // Value equality, so that Axon's test fixture can verify that event sourcing rebuilds the same state.
    @Override
    public boolean equals(Object other) {
        return other instanceof Actuals that
                && java.util.Objects.equals(spendByPeriod, that.spendByPeriod)
                && java.util.Objects.equals(benefitsByPeriod, that.benefitsByPeriod);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(spendByPeriod, benefitsByPeriod);
    }
}
