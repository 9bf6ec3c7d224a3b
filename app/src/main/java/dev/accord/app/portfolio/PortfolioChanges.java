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
import java.util.UUID;

/**
 * What an event changes in the portfolio read model, in the read model's words. The {@link PortfolioFold} decides
 * what changes; the live read model writes it into its tables ({@link PortfolioTables}), the as-of view keeps it in
 * memory ({@link PortfolioInMemory}). A change to a row that is not there changes nothing, in both.
 */
public interface PortfolioChanges {

    /** A project joins its year's portfolio; one already there stays as it is. */
    void proposed(PortfolioProjectRow project);

    void statusChanged(UUID projectId, ProjectStatus status);

    void figuresRecorded(UUID projectId, RoiFigures figures);

    /**
     * A month of the project's actuals, replacing that month's earlier figures ({@link MonthlyActuals}), and the
     * project's spend to date since.
     */
    void monthRecorded(UUID projectId, MonthlyActuals.Month month, BigDecimal spendToDate);

    /** The share of its year's budget a decision gave the project. */
    void allocated(UUID projectId, BigDecimal allocation);

    /** A budget for the year awaits approval; the year's row is made if it is the year's first. */
    void budgetRequested(int fiscalYear, UUID changeId, BigDecimal amount);

    /** The requested budget took effect and awaits nothing more. */
    void budgetSet(int fiscalYear, Money budget);

    /** The requested budget was rejected: nothing awaits approval. */
    void budgetRejected(int fiscalYear);

    /** Finance set the year's rate; the year's row is made if it is the year's first. */
    void discountRateSet(int fiscalYear, BigDecimal ratePercent);

    /** A side's ratings of the four questions in a round; answering the round again replaces them. */
    void assessmentAnswered(UUID projectId, int round, Side side, List<AssessmentAnswer> answers);

    /** Ranking weights for the year await approval; the year's weights row is made if it is the first. */
    void weightsRequested(int fiscalYear, PendingRankingWeights pending);

    /** A member of this side approved the requested weights. */
    void weightsApproved(int fiscalYear, UUID changeId, Side side);

    /** The requested weights took effect and nothing awaits approval. */
    void weightsSet(int fiscalYear, RankingWeights weights);

    /** The requested weights were rejected: nothing awaits approval. */
    void weightsRejected(int fiscalYear);
}
