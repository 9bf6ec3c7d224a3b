package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ConcludeReassessment;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.ReassessmentConclusion;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.project.api.ReassessmentViewSubmitted;
import dev.accord.domain.project.api.SubmitReassessmentView;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Side;
import dev.accord.domain.shared.Texts;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * One joint review of plan against actuals, an entity of the {@link Project} aggregate: each side gives its view
 * and answers the four questions again, then one member proposes its conclusion, a CONCLUSION change, and once both
 * sides approve it the review ends with continue, adjust (opens a BUDGET change) or stop (opens a CANCEL change). Axon routes each command to the reassessment its {@code reassessmentId} names.
 */
final class Reassessment {

    private final Project project;

    @EntityId
    private final UUID reassessmentId;

    private final int round;
    private final Map<Side, ReassessmentOutcome> views = new EnumMap<>(Side.class);
    private boolean concluded;

    Reassessment(Project project, UUID reassessmentId, int round) {
        this.project = project;
        this.reassessmentId = reassessmentId;
        this.round = round;
    }

    boolean isOpen() {
        return !concluded;
    }

    @CommandHandler
    void handle(SubmitReassessmentView command) {
        JointApproval.checkActsForASide(command.actor(), "give a view at a reassessment");
        LifeCycle.checkNotClosed(project.status());
        checkOpen();
        if (command.view() == null || command.view().isBlank()) {
            throw new InvalidInputException("view", "Say how your side sees plan against actuals");
        }
        if (command.recommendation() == null) {
            throw new InvalidInputException("recommendation", "Recommend continue, adjust or stop");
        }
        if (views.containsKey(command.actor().side())) {
            throw new ConflictException("Your side has already given its view at this reassessment");
        }
        apply(new ReassessmentViewSubmitted(
                project.id(),
                reassessmentId,
                command.actor().side(),
                Texts.longText("view", command.view()),
                command.recommendation(),
                command.actor()));
        project.businessCase().answer(round, command.answers(), command.actor());
    }

    /** Opens the CONCLUSION change; the reassessment ends when both sides have approved it, see {@link #conclude}. */
    @CommandHandler
    void handle(
            ConcludeReassessment command,
            LedgerCurrency ledger,
            Portfolios portfolios,
            DeadlineManager deadlines,
            ReminderPolicy reminders) {
        JointApproval.checkActsForASide(command.actor(), "conclude a reassessment");
        LifeCycle.checkNotClosed(project.status());
        checkOpen();
        if (views.size() < 2) {
            throw new ConflictException("Both sides give their view before a reassessment is concluded");
        }
        ChangeTerms terms = ChangeTermsRules.checked(
                ChangeKind.CONCLUSION,
                ChangeTerms.conclusion(new ReassessmentConclusion(
                        reassessmentId,
                        command.outcome(),
                        command.adjustedBudget(),
                        command.followUpChangeId(),
                        command.rationale())),
                ProjectCurrency.of(project, ledger));
        checkFollowUpCanOpen(terms.conclusion());
        project.requestChange(
                command.changeId(),
                ChangeKind.CONCLUSION,
                terms,
                terms.conclusion().rationale(),
                command.actor(),
                new ChangeOpening(portfolios, deadlines, reminders));
    }

    /**
     * Both sides approved the conclusion: the reassessment ends as it proposed, in the words of its proposer, and ADJUST
     * or STOP opens its change, again proposed by them, for both sides to decide.
     */
    void conclude(ReassessmentConclusion conclusion, Actor proposedBy, ChangeOpening opening) {
        checkOpen();
        checkFollowUpCanOpen(conclusion);
        apply(new ReassessmentConcluded(
                project.id(),
                reassessmentId,
                conclusion.outcome(),
                conclusion.followUpChangeId(),
                conclusion.rationale(),
                proposedBy));
        switch (conclusion.outcome()) {
            case CONTINUE -> {}
            case ADJUST ->
                followUp(
                        conclusion,
                        ChangeKind.BUDGET,
                        ChangeTerms.budget(conclusion.adjustedBudget()),
                        proposedBy,
                        opening);
            case STOP -> followUp(conclusion, ChangeKind.CANCEL, ChangeTerms.none(), proposedBy, opening);
        }
    }

    private void followUp(
            ReassessmentConclusion conclusion,
            ChangeKind kind,
            ChangeTerms terms,
            Actor proposedBy,
            ChangeOpening opening) {
        apply(new ChangeRequested(
                project.id(),
                conclusion.followUpChangeId(),
                kind,
                terms,
                conclusion.rationale(),
                proposedBy,
                opening.rulesOf(project.fiscalYear())));
        opening.opened(conclusion.followUpChangeId());
    }

    private void checkFollowUpCanOpen(ReassessmentConclusion conclusion) {
        ChangeKind followUpKind = switch (conclusion.outcome()) {
            case CONTINUE -> null;
            case ADJUST -> ChangeKind.BUDGET;
            case STOP -> ChangeKind.CANCEL;
        };
        if (followUpKind != null && project.hasOpenChange(followUpKind)) {
            throw new ConflictException("There is already an open change of kind " + followUpKind
                    + "; decide it before concluding with " + conclusion.outcome());
        }
    }

    private void checkOpen() {
        if (concluded) {
            throw new ConflictException("That reassessment is already concluded");
        }
    }

    @EventSourcingHandler
    void on(ReassessmentViewSubmitted event) {
        views.put(event.side(), event.recommendation());
    }

    @EventSourcingHandler
    void on(ReassessmentConcluded event) {
        concluded = true;
    }

    // Value equality without the root, so that Axon's test fixture can verify that event sourcing rebuilds it.
    @Override
    public boolean equals(Object other) {
        return other instanceof Reassessment that
                && Objects.equals(reassessmentId, that.reassessmentId)
                && round == that.round
                && Objects.equals(views, that.views)
                && concluded == that.concluded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reassessmentId, round, views, concluded);
    }
}
