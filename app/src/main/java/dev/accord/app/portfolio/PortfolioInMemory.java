package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.PendingRankingWeights;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.YearRankingWeights;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The portfolio read model's rows kept in memory, for a view of the past folded from the events: each change is made
 * to its row as the live tables' statement makes it (a change to a row that is not there changes nothing), and the
 * summary is made from the rows by the same code as the live one.
 */
public final class PortfolioInMemory implements PortfolioChanges {

    private final Map<Integer, PortfolioYearRow> years = new LinkedHashMap<>();
    private final Map<UUID, PortfolioProjectRow> projects = new LinkedHashMap<>();
    private final Map<UUID, MonthlyActuals> actuals = new LinkedHashMap<>();
    private final Map<AnswerKey, PortfolioAssessmentRow> assessments = new LinkedHashMap<>();
    private final Map<Integer, YearRankingWeights> weights = new LinkedHashMap<>();

    /** A rating's key, as the table's primary key. */
    private record AnswerKey(UUID projectId, int round, Side side, AssessmentQuestion question) {}

    /** The year as the portfolio page shows it, from the rows folded so far. */
    public PortfolioSummary summary(int fiscalYear, String ledgerCurrency) {
        List<PortfolioProjectRow> ofTheYear = projects.values().stream()
                .filter(project -> project.fiscalYear() == fiscalYear)
                .toList();
        return PortfolioSummaries.of(
                fiscalYear,
                ledgerCurrency,
                years.get(fiscalYear),
                weights.getOrDefault(fiscalYear, YearRankingWeights.NONE_SET),
                ofTheYear,
                ofTheYear.stream().flatMap(this::months).toList(),
                assessments.values().stream()
                        .filter(answer -> ofTheYear.stream()
                                .anyMatch(project -> project.projectId().equals(answer.projectId())))
                        .toList());
    }

    /** The project's months as the actuals table holds them: each as last recorded, filed under the project's year. */
    private Stream<PortfolioActualsRow> months(PortfolioProjectRow project) {
        MonthlyActuals months = actuals.getOrDefault(project.projectId(), new MonthlyActuals());
        return months.months().stream()
                .map(month -> new PortfolioActualsRow(
                        project.projectId(),
                        month.period(),
                        project.fiscalYear(),
                        month.spend().amount()));
    }

    @Override
    public void proposed(PortfolioProjectRow project) {
        projects.putIfAbsent(project.projectId(), project);
    }

    @Override
    public void statusChanged(UUID projectId, ProjectStatus status) {
        projects.computeIfPresent(projectId, (id, row) -> row.withStatus(status));
    }

    @Override
    public void figuresRecorded(UUID projectId, RoiFigures figures) {
        projects.computeIfPresent(projectId, (id, row) -> row.withFigures(figures));
    }

    @Override
    public void monthRecorded(UUID projectId, MonthlyActuals.Month month, BigDecimal spendToDate) {
        if (projects.computeIfPresent(projectId, (id, row) -> row.withSpendToDate(spendToDate)) != null) {
            actuals.computeIfAbsent(projectId, id -> new MonthlyActuals()).recorded(month);
        }
    }

    @Override
    public void allocated(UUID projectId, BigDecimal allocation) {
        projects.computeIfPresent(projectId, (id, row) -> row.withAllocated(allocation));
    }

    @Override
    public void budgetRequested(int fiscalYear, UUID changeId, BigDecimal amount) {
        years.put(fiscalYear, opened(fiscalYear).withPendingBudget(changeId, amount));
    }

    @Override
    public void budgetSet(int fiscalYear, Money budget) {
        years.computeIfPresent(fiscalYear, (year, row) -> row.withBudget(budget.amount(), budget.currency()));
    }

    @Override
    public void budgetRejected(int fiscalYear) {
        years.computeIfPresent(fiscalYear, (year, row) -> row.withoutPendingBudget());
    }

    @Override
    public void discountRateSet(int fiscalYear, BigDecimal ratePercent) {
        years.put(fiscalYear, opened(fiscalYear).withDiscountRate(ratePercent));
    }

    @Override
    public void assessmentAnswered(UUID projectId, int round, Side side, List<AssessmentAnswer> answers) {
        for (AssessmentAnswer answer : answers) {
            assessments.put(
                    new AnswerKey(projectId, round, side, answer.question()),
                    new PortfolioAssessmentRow(projectId, round, side, answer.question(), answer.rating()));
        }
    }

    @Override
    public void weightsRequested(int fiscalYear, PendingRankingWeights pending) {
        YearRankingWeights year = weights.getOrDefault(fiscalYear, YearRankingWeights.NONE_SET);
        weights.put(fiscalYear, new YearRankingWeights(year.inForce(), year.setJointly(), pending));
    }

    @Override
    public void weightsApproved(int fiscalYear, UUID changeId, Side side) {
        weights.computeIfPresent(fiscalYear, (year, row) -> {
            PendingRankingWeights pending = row.pending();
            if (pending == null || !pending.changeId().equals(changeId)) {
                return row;
            }
            return new YearRankingWeights(row.inForce(), row.setJointly(), pending.withApprovalOf(side));
        });
    }

    @Override
    public void weightsSet(int fiscalYear, RankingWeights inForce) {
        weights.computeIfPresent(fiscalYear, (year, row) -> new YearRankingWeights(inForce, true, null));
    }

    @Override
    public void weightsRejected(int fiscalYear) {
        weights.computeIfPresent(
                fiscalYear, (year, row) -> new YearRankingWeights(row.inForce(), row.setJointly(), null));
    }

    private PortfolioYearRow opened(int fiscalYear) {
        return years.getOrDefault(fiscalYear, PortfolioYearRow.opened(fiscalYear));
    }
}
