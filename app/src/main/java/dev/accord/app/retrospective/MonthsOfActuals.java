package dev.accord.app.retrospective;

import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project's actuals by business period. As in the aggregate, recording a month again corrects it: the later
 * figures replace the earlier ones, so every total here counts each month once.
 */
final class MonthsOfActuals {

    private record Recorded(ActualsRecorded actuals, Money budgetInForce) {}

    private final String currency;
    private final TreeMap<YearMonth, Recorded> byPeriod = new TreeMap<>();

    MonthsOfActuals(String currency) {
        this.currency = currency;
    }

    void recorded(ActualsRecorded actuals, Money budgetInForce) {
        byPeriod.put(actuals.period(), new Recorded(actuals, budgetInForce));
    }

    boolean isEmpty() {
        return byPeriod.isEmpty();
    }

    YearMonth first() {
        return byPeriod.isEmpty() ? null : byPeriod.firstKey();
    }

    YearMonth last() {
        return byPeriod.isEmpty() ? null : byPeriod.lastKey();
    }

    int count() {
        return byPeriod.size();
    }

    /** Calendar months from the first recorded month to the last, both included; gaps count as months. */
    int monthsCovered() {
        return byPeriod.isEmpty() ? 0 : monthsFromFirst(last());
    }

    BigDecimal spendToDate() {
        return byPeriod.values().stream()
                .map(r -> r.actuals().spend().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal realisedToDate() {
        return byPeriod.values().stream().map(r -> benefits(r.actuals())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Realised benefits per metric, in the order the metrics first appear. */
    Map<String, BigDecimal> realisedByMetric() {
        Map<String, BigDecimal> byMetric = new LinkedHashMap<>();
        byPeriod.values()
                .forEach(r -> r.actuals()
                        .benefits()
                        .forEach(benefit -> byMetric.merge(
                                benefit.metric(), benefit.amount().amount(), BigDecimal::add)));
        return byMetric;
    }

    /** What {@code yearly} benefits amount to by the end of the last recorded month. */
    BigDecimal expectedToDate(BigDecimal yearly) {
        return prorated(yearly, monthsCovered());
    }

    /** Month by month, with the ROI case's yearly benefits (or null) as the plan for benefits. */
    List<MonthPlanVersusActual> months(BigDecimal expectedYearly) {
        List<MonthPlanVersusActual> months = new ArrayList<>();
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, Recorded> month : byPeriod.entrySet()) {
            ActualsRecorded actuals = month.getValue().actuals();
            spent = spent.add(actuals.spend().amount());
            realised = realised.add(benefits(actuals));
            months.add(new MonthPlanVersusActual(
                    month.getKey(),
                    actuals.businessDate(),
                    actuals.spend(),
                    money(spent),
                    month.getValue().budgetInForce(),
                    money(benefits(actuals)),
                    money(realised),
                    expectedYearly == null ? null : money(prorated(expectedYearly, monthsFromFirst(month.getKey())))));
        }
        return months;
    }

    private int monthsFromFirst(YearMonth period) {
        return (int) ChronoUnit.MONTHS.between(byPeriod.firstKey(), period) + 1;
    }

    private static BigDecimal prorated(BigDecimal yearly, int months) {
        return yearly.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal benefits(ActualsRecorded actuals) {
        return actuals.benefits().stream()
                .map(RealisedBenefit::amount)
                .map(Money::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }
}
