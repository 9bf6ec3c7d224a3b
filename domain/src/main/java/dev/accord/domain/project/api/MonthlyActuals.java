package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A project's actuals month by month. Recording a month again corrects it: the later figures replace the earlier
 * ones, so every total counts each month once, while both events stay in the history. The aggregate, the read
 * models and the retrospective all fold {@link ActualsRecorded} through this one class.
 */
public final class MonthlyActuals {

    /** One month as last recorded. */
    public record Month(YearMonth period, LocalDate businessDate, Money spend, List<RealisedBenefit> benefits) {

        public Month {
            benefits = List.copyOf(benefits);
        }

        /** The benefits realised this month over all metrics. */
        public BigDecimal benefitsTotal() {
            return benefits.stream().map(benefit -> benefit.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final TreeMap<YearMonth, Month> byPeriod = new TreeMap<>();

    public void recorded(ActualsRecorded event) {
        recorded(new Month(event.period(), event.businessDate(), event.spend(), event.benefits()));
    }

    public void recorded(Month month) {
        byPeriod.put(month.period(), month);
    }

    /** The months in calendar order, each as last recorded. */
    public List<Month> months() {
        return List.copyOf(byPeriod.values());
    }

    public boolean isEmpty() {
        return byPeriod.isEmpty();
    }

    /** How many distinct months have actuals; a skipped month is not counted. */
    public int count() {
        return byPeriod.size();
    }

    public Optional<YearMonth> first() {
        return byPeriod.isEmpty() ? Optional.empty() : Optional.of(byPeriod.firstKey());
    }

    public Optional<YearMonth> last() {
        return byPeriod.isEmpty() ? Optional.empty() : Optional.of(byPeriod.lastKey());
    }

    public Optional<Month> month(YearMonth period) {
        return Optional.ofNullable(byPeriod.get(period));
    }

    public BigDecimal spendToDate() {
        return byPeriod.values().stream().map(m -> m.spend().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Spend to date if {@code period} were recorded (again) with {@code spend}. */
    public BigDecimal spendToDateWith(YearMonth period, BigDecimal spend) {
        Month replaced = byPeriod.get(period);
        return spendToDate()
                .subtract(replaced == null ? BigDecimal.ZERO : replaced.spend().amount())
                .add(spend);
    }

    public BigDecimal benefitsToDate() {
        return byPeriod.values().stream().map(Month::benefitsTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Realised benefits per metric, in the order the metrics first appear month by month. */
    public Map<String, BigDecimal> benefitsByMetric() {
        Map<String, BigDecimal> byMetric = new LinkedHashMap<>();
        byPeriod.values()
                .forEach(month -> month.benefits()
                        .forEach(benefit -> byMetric.merge(
                                benefit.metric(), benefit.amount().amount(), BigDecimal::add)));
        return byMetric;
    }

    // Value equality, so that Axon's test fixture can verify that event sourcing rebuilds the same state.
    @Override
    public boolean equals(Object other) {
        return other instanceof MonthlyActuals that && Objects.equals(byPeriod, that.byPeriod);
    }

    @Override
    public int hashCode() {
        return byPeriod.hashCode();
    }
}
