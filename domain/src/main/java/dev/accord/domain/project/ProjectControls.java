package dev.accord.domain.project;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.api.CallReassessment;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.project.api.SetReviewPolicy;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;

/**
 * How a project is kept under review, an entity of the {@link Project} aggregate without state of its own: a member
 * proposes a new review policy (a change both sides approve, see {@link JointControls}) or calls a reassessment.
 */
final class ProjectControls {

    private final Project project;

    ProjectControls(Project project) {
        this.project = project;
    }

    // A policy of 36 months and 100 % would silence the reassessments: it changes jointly, see JointControls.
    @CommandHandler
    void handle(
            SetReviewPolicy command,
            LedgerCurrency ledger,
            Portfolios portfolios,
            DeadlineManager deadlines,
            ReminderPolicy reminders) {
        JointApproval.checkActsForASide(command.actor(), "propose a review policy");
        ChangeTerms terms = ChangeTermsRules.checked(
                ChangeKind.REVIEW_POLICY, ChangeTerms.policy(command.policy()), ProjectCurrency.of(project, ledger));
        project.requestChange(
                command.changeId(),
                ChangeKind.REVIEW_POLICY,
                terms,
                command.rationale(),
                command.actor(),
                new ChangeOpening(portfolios, deadlines, reminders));
    }

    @CommandHandler
    void handle(CallReassessment command) {
        JointApproval.checkActsForASide(command.actor(), "call for a reassessment");
        if (!project.status().isUnderWay()) {
            throw new ConflictException("Only active or paused projects are reassessed");
        }
        if (project.hasOpenReassessment()) {
            throw new ConflictException("A reassessment is already under way");
        }
        String reason = command.reason() == null || command.reason().isBlank()
                ? "Called by " + command.actor()
                : Texts.longText("reason", command.reason());
        project.fallDue(command.reassessmentId(), ReassessmentTrigger.REQUESTED, reason, command.actor());
    }

    // Stateless: every control is equal, so that Axon's test fixture finds event sourcing rebuilt the same project.
    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectControls;
    }

    @Override
    public int hashCode() {
        return ProjectControls.class.hashCode();
    }
}
