package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRequirement;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.delegation.DelegatedAuthority;
import dev.accord.domain.delegation.Delegations;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ApprovalsVoided;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RejectChange;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.project.api.WithdrawChange;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Texts;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.EntityId;

/**
 * One change of a project, an entity of the {@link Project} aggregate: what it asks for, in which version, and
 * where its joint approval stands. Its requester revises or withdraws it; Finance and IT approve or reject it.
 * Axon routes each command to the change its {@code changeId} names.
 */
final class ChangeRequest {

    private final Project project;

    @EntityId
    private final UUID changeId;

    private final ChangeKind kind;
    private final JointApproval approval;
    private final ApprovalRules rules;
    private final BusinessCaseRule businessCaseRule;
    private ChangeTerms terms;

    /**
     * Made when the change is requested, under the rules recorded with it; the project's approved budget is the one
     * at that moment.
     */
    ChangeRequest(Project project, ChangeRequested requested) {
        this.project = project;
        this.changeId = requested.changeId();
        this.kind = requested.kind();
        this.terms = requested.terms();
        this.rules = ApprovalRules.orDefault(requested.approvalRules());
        this.businessCaseRule = requested.businessCase();
        this.approval = new JointApproval(requested.requestedBy(), requirementFor(terms));
    }

    /**
     * What the recorded rules demand for these terms: by the budget a budget change asks for, else by the budget the
     * project had approved when the change was requested.
     */
    private ApprovalRequirement requirementFor(ChangeTerms current) {
        return rules.requirementFor(concernsBudget() ? current.budget() : project.approvedBudget());
    }

    private boolean concernsBudget() {
        return kind == ChangeKind.INITIAL_BUDGET || kind == ChangeKind.BUDGET;
    }

    ChangeKind kind() {
        return kind;
    }

    boolean isOpen() {
        return !approval.isDecided();
    }

    /** Returns the new version. */
    @CommandHandler
    int handle(ReviseChange command, LedgerCurrency ledger, DeadlineManager deadlines, ReminderPolicy reminders) {
        approval.checkRevisionOrWithdrawal(command.actor());
        ChangeTerms revised = ChangeTermsRules.revised(kind, command.terms(), ProjectCurrency.of(project, ledger));
        int version = approval.version() + 1;
        apply(new ChangeRevised(
                project.id(),
                changeId,
                kind,
                version,
                revised,
                ChangeTermsRules.rationale(command.rationale(), true),
                approval.approvals(),
                command.actor()));
        ReminderSchedule.waitingFrom(deadlines, reminders, changeId, version);
        return version;
    }

    @CommandHandler
    void handle(WithdrawChange command) {
        approval.checkRevisionOrWithdrawal(command.actor());
        ProjectStatus after = LifeCycle.statusAfterRefusal(project.status(), kind, ProjectStatus.CANCELLED);
        apply(new ChangeWithdrawn(project.id(), changeId, kind, approval.version(), after, command.actor()));
    }

    @CommandHandler
    void handle(RejectChange command, Delegations delegations) {
        approval.checkRejection(command.actor(), command.reason());
        Actor onBehalfOf = DelegatedAuthority.onBehalfOf(
                delegations,
                command.actor(),
                command.onBehalfOf(),
                approval.requestedBy(),
                List.of(),
                "reject a change");
        ProjectStatus after = LifeCycle.statusAfterRefusal(project.status(), kind, ProjectStatus.REJECTED);
        apply(new ChangeRejected(
                project.id(),
                changeId,
                kind,
                approval.version(),
                terms,
                Texts.longText("reason", command.reason()),
                after,
                command.actor(),
                onBehalfOf));
    }

    /**
     * Records the approval and, when it completes the four eyes, applies the change. A change that moves money
     * first moves the project's share of the fiscal year's budget: the year's {@link Portfolios} refuses a share that
     * would push the year over its budget, and then the whole command fails, so neither the approval nor the
     * allocation is recorded. Returns whether the change took effect.
     */
    @CommandHandler
    boolean handle(
            ApproveChange command,
            Portfolios portfolios,
            DeadlineManager deadlines,
            ReminderPolicy reminders,
            Delegations delegations) {
        approval.checkApproval(command.actor(), command.version());
        Actor onBehalfOf = DelegatedAuthority.onBehalfOf(
                delegations,
                command.actor(),
                command.onBehalfOf(),
                approval.requestedBy(),
                approval.approvals(),
                "approve a change");
        LifeCycle.checkStillApplies(project.status(), kind);
        ApprovalBasis basis = BusinessCaseRequirement.checkShown(
                command.basis(), project.businessCase().basis());
        // Counted by authority: an approval given on the CFO's behalf counts as the CFO's.
        boolean completes = approval.completedBy(new Approval(command.actor(), command.version(), onBehalfOf));
        apply(new ChangeApproved(
                project.id(),
                changeId,
                kind,
                command.version(),
                terms,
                Texts.longText("comment", command.comment()),
                command.actor(),
                onBehalfOf,
                basis));
        if (!completes || lacksBusinessCase()) {
            return false;
        }
        ChangeEffect.take(
                project,
                changeId,
                kind,
                approval,
                terms,
                command.actor(),
                new ChangeOpening(portfolios, deadlines, reminders));
        return true;
    }

    /** Held: approved by all it needs, but its business case is not complete yet. */
    private boolean lacksBusinessCase() {
        return BusinessCaseRequirement.applies(businessCaseRule, kind, terms)
                && !project.businessCase().missing().complete();
    }

    /** New figures arrived: the approvals of the current version were given on the old ones, so they are voided. */
    void figuresChanged(String reason, ApprovalBasis basis, Actor cause) {
        if (!approval.approvals().isEmpty()) {
            apply(new ApprovalsVoided(
                    project.id(), changeId, kind, approval.version(), reason, basis, approval.approvals(), cause));
        }
    }

    /** The business case grew: a held change takes effect once it is complete (see {@link BusinessCaseRequirement}). */
    void takeEffectIfHeld(Actor completedBy, ChangeOpening opening) {
        boolean held = isOpen()
                && BusinessCaseRequirement.applies(businessCaseRule, kind, terms)
                && approval.missingSides().isEmpty();
        if (!held || lacksBusinessCase() || !canStillBeApproved()) {
            return;
        }
        try {
            ChangeEffect.take(project, changeId, kind, approval, terms, completedBy, opening);
        } catch (ConflictException yearCannotCarryIt) {
            // Nothing was recorded: the portfolio refused before the change applied anything.
        }
    }

    /**
     * A reminder or escalation fell due: recorded for each side the change still waits for. A decided change or one
     * revised since has had its deadlines cancelled; should one fire all the same, it finds nothing to do. Neither
     * does a change the project has outgrown (closed or paused meanwhile), which nobody can approve any more.
     */
    @DeadlineHandler
    void waited(ApprovalOverdue due) {
        if (isOpen() && due.version() == approval.version() && canStillBeApproved()) {
            approval.missingSides().stream()
                    .sorted()
                    .map(side -> due.recordedFor(project.id(), kind, side))
                    .forEach(AggregateLifecycle::apply);
        }
    }

    private boolean canStillBeApproved() {
        try {
            LifeCycle.checkStillApplies(project.status(), kind);
            return true;
        } catch (ConflictException overtaken) {
            return false;
        }
    }

    @EventSourcingHandler
    void on(ChangeRevised event) {
        approval.revisedTo(event.version());
        terms = event.terms();
        if (concernsBudget()) {
            approval.require(requirementFor(terms));
        }
    }

    @EventSourcingHandler
    void on(ApprovalsVoided event) {
        approval.approvalsVoided();
    }

    @EventSourcingHandler
    void on(ChangeApproved event) {
        approval.approved(new Approval(event.approvedBy(), event.version(), event.onBehalfOf()));
    }

    @EventSourcingHandler
    void on(ChangeWithdrawn event) {
        approval.decided();
    }

    @EventSourcingHandler
    void on(ChangeRejected event) {
        approval.decided();
    }

    @EventSourcingHandler
    void on(ChangeTookEffect event) {
        approval.decided();
    }

    // Value equality without the root, so that Axon's test fixture can verify that event sourcing rebuilds it.
    @Override
    public boolean equals(Object other) {
        return other instanceof ChangeRequest that
                && Objects.equals(changeId, that.changeId)
                && Objects.equals(kind, that.kind)
                && Objects.equals(approval, that.approval)
                && Objects.equals(rules, that.rules)
                && Objects.equals(businessCaseRule, that.businessCaseRule)
                && Objects.equals(terms, that.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(changeId, kind, approval, rules, businessCaseRule, terms);
    }
}
