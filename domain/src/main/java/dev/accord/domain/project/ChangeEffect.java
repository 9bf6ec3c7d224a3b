package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.UUID;

/**
 * What a change does when it takes effect, whether its last approval decides it or the business case it was held
 * for is completed: it moves the project's share of the year's budget, records the decision with the approvals it
 * rests on, reschedules the reviews and applies a joint control.
 */
final class ChangeEffect {

    private ChangeEffect() {}

    /**
     * Applies the change. One that moves money first moves the project's share of the year's budget, which the year's
     * portfolio may refuse (throws, recording nothing).
     */
    static void take(
            Project project,
            UUID changeId,
            ChangeKind kind,
            JointApproval approval,
            ChangeTerms terms,
            Actor decidedBy,
            ChangeOpening opening) {
        Money allocation = allocationAfter(project, kind, terms);
        if (allocation != null) {
            opening.portfolios().allocate(project.fiscalYear(), project.id(), changeId, allocation, decidedBy);
        }
        ProjectStatus before = project.status();
        ProjectStatus after = LifeCycle.statusAfter(before, kind);
        apply(new ChangeTookEffect(
                project.id(),
                changeId,
                kind,
                approval.version(),
                terms,
                project.approvedBudget(),
                before,
                after,
                approval.approvals(),
                decidedBy));
        if (kind == ChangeKind.INITIAL_BUDGET || kind == ChangeKind.RESUME) {
            ReviewSchedule.schedule(opening.deadlines(), project.policy());
        } else if (after != ProjectStatus.ACTIVE) {
            ReviewSchedule.cancel(opening.deadlines());
        }
        if (kind.isControl()) {
            JointControls.tookEffect(project, kind, terms, approval.requestedBy(), opening);
        }
    }

    /** The project's share of the year's budget once the change takes effect; closing releases what is unspent. */
    private static Money allocationAfter(Project project, ChangeKind kind, ChangeTerms terms) {
        return switch (kind) {
            case INITIAL_BUDGET, BUDGET -> terms.budget();
            case CANCEL, COMPLETE -> new Money(project.actuals().spendToDate(), project.currency());
            default -> null;
        };
    }
}
