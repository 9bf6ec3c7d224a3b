package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.PendingRankingWeights;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The live portfolio read model: each change the fold decides, written into the table it belongs to. */
@Component
class PortfolioTables implements PortfolioChanges {

    private final PortfolioYearWriter years;
    private final PortfolioProjectWriter projects;
    private final PortfolioActualsWriter actuals;
    private final PortfolioAssessmentWriter assessments;
    private final RankingWeightsWriter weights;

    PortfolioTables(
            PortfolioYearWriter years,
            PortfolioProjectWriter projects,
            PortfolioActualsWriter actuals,
            PortfolioAssessmentWriter assessments,
            RankingWeightsWriter weights) {
        this.years = years;
        this.projects = projects;
        this.actuals = actuals;
        this.assessments = assessments;
        this.weights = weights;
    }

    @Override
    public void proposed(PortfolioProjectRow project) {
        projects.proposed(project);
    }

    @Override
    public void statusChanged(UUID projectId, ProjectStatus status) {
        projects.statusChanged(projectId, status);
    }

    @Override
    public void figuresRecorded(UUID projectId, RoiFigures figures) {
        projects.figuresRecorded(projectId, figures);
    }

    @Override
    public void monthRecorded(UUID projectId, MonthlyActuals.Month month, BigDecimal spendToDate) {
        projects.spendToDate(projectId, spendToDate);
        actuals.monthRecorded(projectId, month.period(), month.spend().amount());
    }

    @Override
    public void allocated(UUID projectId, BigDecimal allocation) {
        projects.allocated(projectId, allocation);
    }

    @Override
    public void budgetRequested(int fiscalYear, UUID changeId, BigDecimal amount) {
        years.budgetRequested(fiscalYear, changeId, amount);
    }

    @Override
    public void budgetSet(int fiscalYear, Money budget) {
        years.budgetSet(fiscalYear, budget.amount(), budget.currency());
    }

    @Override
    public void budgetRejected(int fiscalYear) {
        years.budgetRejected(fiscalYear);
    }

    @Override
    public void discountRateSet(int fiscalYear, BigDecimal ratePercent) {
        years.discountRateSet(fiscalYear, ratePercent);
    }

    @Override
    public void assessmentAnswered(UUID projectId, int round, Side side, List<AssessmentAnswer> answers) {
        assessments.answered(projectId, round, side, answers);
    }

    @Override
    public void weightsRequested(int fiscalYear, PendingRankingWeights pending) {
        weights.requested(fiscalYear, pending);
    }

    @Override
    public void weightsApproved(int fiscalYear, UUID changeId, Side side) {
        weights.approved(fiscalYear, changeId, side);
    }

    @Override
    public void weightsSet(int fiscalYear, RankingWeights inForce) {
        weights.set(fiscalYear, inForce);
    }

    @Override
    public void weightsRejected(int fiscalYear) {
        weights.rejected(fiscalYear);
    }

    /** The fiscal year of a project the portfolio knows. */
    Optional<Integer> yearOf(UUID projectId) {
        return projects.yearOf(projectId);
    }
}
