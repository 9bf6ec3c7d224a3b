package dev.accord.app.retrospective;

import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's actuals by business period, as the aggregate counts them ({@link MonthlyActuals}: a month recorded
 * again replaces the earlier figures), with the approved budget in force when each month was last recorded.
 */
final class MonthsOfActuals {

    private final String currency;
    private final MonthlyActuals actuals = new MonthlyActuals();
    private final Map<YearMonth, Money> budgetInForce = new HashMap<>();

    MonthsOfActuals(String currency) {
        this.currency = currency;
    }

    void recorded(ActualsRecorded recorded, Money budget) {
        actuals.recorded(recorded);
        budgetInForce.put(recorded.period(), budget);
    }

    boolean isEmpty() {
        return actuals.isEmpty();
    }

    YearMonth first() {
        return actuals.first().orElse(null);
    }

    YearMonth last() {
        return actuals.last().orElse(null);
    }

    int count() {
        return actuals.count();
    }

    BigDecimal spendToDate() {
        return actuals.spendToDate();
    }

    BigDecimal realisedToDate() {
        return actuals.benefitsToDate();
    }

    /** Realised benefits per metric, in the order the metrics first appear. */
    Map<String, BigDecimal> realisedByMetric() {
        return actuals.benefitsByMetric();
    }

    /** What the plan expects by the end of the last recorded month. */
    BigDecimal expectedToDate(BenefitsPlan plan) {
        return plan.expectedToDate(actuals);
    }

    /** Month by month, with the ROI case's benefits plan (or null) for the expected line. */
    List<MonthPlanVersusActual> months(BenefitsPlan plan) {
        List<MonthPlanVersusActual> months = new ArrayList<>();
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO;
        for (MonthlyActuals.Month month : actuals.months()) {
            spent = spent.add(month.spend().amount());
            realised = realised.add(month.benefitsTotal());
            months.add(new MonthPlanVersusActual(
                    month.period(),
                    month.businessDate(),
                    month.spend(),
                    money(spent),
                    budgetInForce.get(month.period()),
                    money(month.benefitsTotal()),
                    money(realised),
                    plan == null ? null : money(plan.expectedBy(first(), month.period()))));
        }
        return months;
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }
}
