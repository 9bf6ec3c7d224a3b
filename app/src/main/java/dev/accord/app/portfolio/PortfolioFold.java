package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.portfolio.api.PendingRankingWeights;
import dev.accord.domain.portfolio.api.RankingWeightsApproved;
import dev.accord.domain.portfolio.api.RankingWeightsRejected;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.RankingWeightsSet;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.RoiCaseRecorded;
import java.util.Set;

/**
 * The one place that decides what each event changes in the portfolio: the live projection and the as-of view both
 * fold events through it and differ only in where the changes go ({@link PortfolioChanges}), so the two agree by
 * construction. Figures the aggregates computed (a project's status after a decision, its spend to date, its ROI
 * figures) are copied from the events, never worked out again here.
 */
public final class PortfolioFold {

    private final PortfolioChanges changes;

    public PortfolioFold(PortfolioChanges changes) {
        this.changes = changes;
    }

    /**
     * Any event, for a reader that has them untyped (the as-of view); events the portfolio does not show are let be.
     */
    public void apply(Object event) {
        if (event instanceof ProjectProposed e) {
            on(e);
        } else if (event instanceof ChangeTookEffect e) {
            on(e);
        } else if (event instanceof ChangeRejected e) {
            on(e);
        } else if (event instanceof ChangeWithdrawn e) {
            on(e);
        } else if (event instanceof RoiCaseRecorded e) {
            on(e);
        } else if (event instanceof ActualsRecorded e) {
            on(e);
        } else if (event instanceof BudgetAllocated e) {
            on(e);
        } else if (event instanceof YearBudgetRequested e) {
            on(e);
        } else if (event instanceof YearBudgetSet e) {
            on(e);
        } else if (event instanceof YearBudgetRejected e) {
            on(e);
        } else if (event instanceof DiscountRateSet e) {
            on(e);
        } else if (event instanceof AssessmentAnswered e) {
            on(e);
        } else if (event instanceof RankingWeightsRequested e) {
            on(e);
        } else if (event instanceof RankingWeightsApproved e) {
            on(e);
        } else if (event instanceof RankingWeightsSet e) {
            on(e);
        } else if (event instanceof RankingWeightsRejected e) {
            on(e);
        }
    }

    public void on(ProjectProposed event) {
        changes.proposed(PortfolioProjectRow.proposed(
                event.projectId(),
                event.fiscalYear(),
                event.title(),
                event.requestedBudget().currency(),
                event.requestedBudget().amount(),
                event.department()));
    }

    public void on(ChangeTookEffect event) {
        changes.statusChanged(event.projectId(), event.statusAfter());
    }

    public void on(ChangeRejected event) {
        changes.statusChanged(event.projectId(), event.statusAfter());
    }

    public void on(ChangeWithdrawn event) {
        changes.statusChanged(event.projectId(), event.statusAfter());
    }

    public void on(RoiCaseRecorded event) {
        changes.figuresRecorded(event.projectId(), event.figures());
    }

    public void on(ActualsRecorded event) {
        changes.monthRecorded(
                event.projectId(),
                MonthlyActuals.Month.of(event),
                event.spendToDate().amount());
    }

    public void on(BudgetAllocated event) {
        changes.allocated(event.projectId(), event.allocation().amount());
    }

    public void on(YearBudgetRequested event) {
        changes.budgetRequested(
                event.fiscalYear(), event.changeId(), event.budget().amount());
    }

    public void on(YearBudgetSet event) {
        changes.budgetSet(event.fiscalYear(), event.budget());
    }

    public void on(YearBudgetRejected event) {
        changes.budgetRejected(event.fiscalYear());
    }

    public void on(DiscountRateSet event) {
        changes.discountRateSet(event.fiscalYear(), event.ratePercent());
    }

    public void on(AssessmentAnswered event) {
        changes.assessmentAnswered(event.projectId(), event.round(), event.side(), event.answers());
    }

    public void on(RankingWeightsRequested event) {
        changes.weightsRequested(
                event.fiscalYear(),
                new PendingRankingWeights(
                        event.changeId(),
                        1,
                        event.weights(),
                        event.rationale(),
                        event.requestedBy().userId(),
                        event.requestedBy().displayName(),
                        Set.of()));
    }

    public void on(RankingWeightsApproved event) {
        changes.weightsApproved(
                event.fiscalYear(), event.changeId(), event.approvedBy().side());
    }

    public void on(RankingWeightsSet event) {
        changes.weightsSet(event.fiscalYear(), event.weights());
    }

    public void on(RankingWeightsRejected event) {
        changes.weightsRejected(event.fiscalYear());
    }
}
