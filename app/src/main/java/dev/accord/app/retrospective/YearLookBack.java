package dev.accord.app.retrospective;

import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.retrospective.api.DecisionCounts;
import dev.accord.domain.retrospective.api.DecisionLeadTime;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.YearProjectLine;
import dev.accord.domain.retrospective.api.YearRetrospective;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
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
     * The projects' months added up. The plan for spend is the year's allocated total; the plan for benefits is what
     * each project's ROI case expected by then ({@link BenefitsPlan}: a month a project skipped still counts, and a
     * project's line holds at its last month with actuals), so the year draws what its projects' pages draw.
     */
    private List<MonthPlanVersusActual> months(Money allocated, List<ProjectRetrospective> projects) {
        TreeMap<YearMonth, ActualsRow> byPeriod = new TreeMap<>();
        for (ProjectRetrospective project : projects) {
            for (MonthPlanVersusActual month : project.months()) {
                byPeriod.merge(
                        month.period(),
                        new ActualsRow(month.period(), null, month.spend(), month.benefitsRealised()),
                        this::together);
            }
        }
        return MonthlyActuals.toDateByMonth(List.copyOf(byPeriod.values())).stream()
                .map(line -> new MonthPlanVersusActual(
                        line.month().period(),
                        null,
                        money(line.month().spend().amount()),
                        money(line.spendToDate()),
                        allocated,
                        money(line.month().benefits().amount()),
                        money(line.benefitsToDate()),
                        money(expectedBy(line.month().period(), projects))))
                .toList();
    }

    private ActualsRow together(ActualsRow one, ActualsRow other) {
        return new ActualsRow(
                one.period(),
                null,
                money(one.spend().amount().add(other.spend().amount())),
                money(one.benefits().amount().add(other.benefits().amount())));
    }

    private static BigDecimal expectedBy(YearMonth period, List<ProjectRetrospective> projects) {
        BigDecimal expected = BigDecimal.ZERO;
        for (ProjectRetrospective project : projects) {
            Money yearly = project.benefits().expectedYearly();
            YearMonth first = project.schedule().firstActualsPeriod();
            if (yearly != null && first != null) {
                expected = expected.add(new BenefitsPlan(yearly.amount())
                        .expectedBy(first, project.schedule().lastActualsPeriod(), period));
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
