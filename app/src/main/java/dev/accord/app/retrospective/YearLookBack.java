package dev.accord.app.retrospective;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.retrospective.api.DecisionCounts;
import dev.accord.domain.retrospective.api.DecisionLeadTime;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.YearProjectLine;
import dev.accord.domain.retrospective.api.YearRetrospective;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A fiscal year's retrospective as the sum of its projects' retrospectives. */
final class YearLookBack {

    private final int fiscalYear;
    private final String currency;

    YearLookBack(int fiscalYear, String currency) {
        this.fiscalYear = fiscalYear;
        this.currency = currency;
    }

    YearRetrospective of(Money budget, Money allocated, List<ProjectRetrospective> projects) {
        DecisionCounts counts =
                projects.stream().map(ProjectRetrospective::counts).reduce(DecisionCounts.NONE, DecisionCounts::plus);
        return new YearRetrospective(
                fiscalYear,
                budget,
                allocated,
                sum(projects, p -> p.cost().spendToDate()),
                sum(projects, p -> p.benefits().expectedYearly()),
                sum(projects, p -> p.benefits().realisedToDate()),
                projects.stream().map(YearLookBack::line).toList(),
                months(allocated, projects),
                counts,
                Participants.merged(projects.stream()
                        .map(ProjectRetrospective::participants)
                        .toList()));
    }

    private static YearProjectLine line(ProjectRetrospective project) {
        return new YearProjectLine(
                project.projectId(),
                project.title(),
                project.status(),
                project.cost().requestedBudget(),
                project.cost().approvedBudget(),
                project.cost().spendToDate(),
                project.benefits().expectedYearly(),
                project.benefits().realisedToDate(),
                project.schedule().plannedEnd(),
                project.schedule().lastActualsPeriod(),
                project.decisions().stream()
                        .filter(decision -> decision.kind() == ChangeKind.INITIAL_BUDGET)
                        .map(DecisionLeadTime::sinceProposal)
                        .findFirst()
                        .orElse(null),
                project.counts());
    }

    /**
     * The projects' months added up. The plan for spend is the year's allocated total; the plan for benefits is
     * what each project's ROI case expected by then, counted up to that project's own last month.
     */
    private List<MonthPlanVersusActual> months(Money allocated, List<ProjectRetrospective> projects) {
        TreeMap<YearMonth, BigDecimal[]> byPeriod = new TreeMap<>();
        for (ProjectRetrospective project : projects) {
            for (MonthPlanVersusActual month : project.months()) {
                BigDecimal[] sums = byPeriod.computeIfAbsent(
                        month.period(), period -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(month.spend().amount());
                sums[1] = sums[1].add(month.benefitsRealised().amount());
            }
        }
        List<MonthPlanVersusActual> months = new ArrayList<>();
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, BigDecimal[]> month : byPeriod.entrySet()) {
            spent = spent.add(month.getValue()[0]);
            realised = realised.add(month.getValue()[1]);
            months.add(new MonthPlanVersusActual(
                    month.getKey(),
                    null,
                    money(month.getValue()[0]),
                    money(spent),
                    allocated,
                    money(month.getValue()[1]),
                    money(realised),
                    money(expectedBy(month.getKey(), projects))));
        }
        return months;
    }

    private static BigDecimal expectedBy(YearMonth period, List<ProjectRetrospective> projects) {
        BigDecimal expected = BigDecimal.ZERO;
        for (ProjectRetrospective project : projects) {
            MonthPlanVersusActual latest = null;
            for (MonthPlanVersusActual month : project.months()) {
                if (!month.period().isAfter(period)) {
                    latest = month;
                }
            }
            if (latest != null && latest.benefitsExpectedToDate() != null) {
                expected = expected.add(latest.benefitsExpectedToDate().amount());
            }
        }
        return expected;
    }

    private Money sum(List<ProjectRetrospective> projects, Function<ProjectRetrospective, Money> figure) {
        return money(projects.stream()
                .map(figure)
                .filter(java.util.Objects::nonNull)
                .map(Money::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }
}
