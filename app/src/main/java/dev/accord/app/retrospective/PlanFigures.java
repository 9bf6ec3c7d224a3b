package dev.accord.app.retrospective;

import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.retrospective.api.BenefitPlanVersusActual;
import dev.accord.domain.retrospective.api.CostPlanVersusActual;
import dev.accord.domain.retrospective.api.MetricPlanVersusActual;
import dev.accord.domain.retrospective.api.SchedulePlanVersusActual;
import dev.accord.domain.retrospective.api.SchedulePlanVersusActual.TargetDate;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plan against actual for cost, benefits and schedule, from what a project's stream established. */
final class PlanFigures {

    private final String currency;

    PlanFigures(String currency) {
        this.currency = currency;
    }

    CostPlanVersusActual cost(Money requested, Money firstApproved, Money approved, MonthsOfActuals actuals) {
        BigDecimal spend = actuals.spendToDate();
        return new CostPlanVersusActual(
                requested,
                firstApproved,
                approved,
                money(spend),
                approved == null ? null : money(spend.subtract(approved.amount())),
                approved == null ? null : percent(spend, approved.amount()));
    }

    BenefitPlanVersusActual benefits(
            List<ExpectedBenefit> expected, BenefitsPlan benefitsPlan, MonthsOfActuals actuals) {
        BigDecimal realised = actuals.realisedToDate();
        BigDecimal expectedYearly = benefitsPlan == null ? null : benefitsPlan.yearly();
        BigDecimal expectedToDate = benefitsPlan == null ? null : actuals.expectedToDate(benefitsPlan);
        Map<String, BigDecimal> realisedByMetric = actuals.realisedByMetric();
        Map<String, MetricPlanVersusActual> metrics = new LinkedHashMap<>();
        if (expected != null) {
            // A metric may appear twice in a case (two categories); its lines add up.
            for (ExpectedBenefit benefit : expected) {
                MetricPlanVersusActual earlier = metrics.get(benefit.metric());
                BigDecimal yearly = benefit.yearlyAmount()
                        .amount()
                        .add(
                                earlier == null
                                        ? BigDecimal.ZERO
                                        : earlier.expectedYearly().amount());
                metrics.put(
                        benefit.metric(),
                        new MetricPlanVersusActual(
                                benefit.metric(),
                                benefit.category(),
                                benefit.target(),
                                money(yearly),
                                money(realisedByMetric.getOrDefault(benefit.metric(), BigDecimal.ZERO))));
            }
        }
        realisedByMetric.forEach((metric, amount) ->
                metrics.putIfAbsent(metric, new MetricPlanVersusActual(metric, null, null, null, money(amount))));
        return new BenefitPlanVersusActual(
                expectedYearly == null ? null : money(expectedYearly),
                expectedToDate == null ? null : money(expectedToDate),
                money(realised),
                expectedToDate == null ? null : percent(realised, expectedToDate),
                new ArrayList<>(metrics.values()));
    }

    SchedulePlanVersusActual schedule(
            List<TargetDate> targetDates,
            Instant startedAt,
            MonthsOfActuals actuals,
            ProjectStatus status,
            Instant closedAt) {
        LocalDate plannedEnd = targetDates.isEmpty()
                ? null
                : targetDates.get(targetDates.size() - 1).targetDate();
        LocalDate reached = closedAt != null
                ? closedAt.atOffset(ZoneOffset.UTC).toLocalDate()
                : actuals.isEmpty() ? null : actuals.last().atEndOfMonth();
        Long daysPast = plannedEnd == null || reached == null
                ? null
                : Math.max(0, ChronoUnit.DAYS.between(plannedEnd, reached));
        return new SchedulePlanVersusActual(
                plannedEnd,
                List.copyOf(targetDates),
                startedAt,
                actuals.first(),
                actuals.last(),
                actuals.count(),
                status,
                closedAt,
                daysPast);
    }

    /** part / whole in percent with one decimal; null when there is no whole to relate to. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0
                ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }
}
