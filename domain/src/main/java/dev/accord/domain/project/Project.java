package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.api.*;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotFoundException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;

/**
 * An IT initiative from proposal to close: the consistency boundary for its budget decisions. Free of Spring: the
 * application registers it with Axon's configuration. Where each command is handled:
 *
 * <ul>
 *   <li>here: {@link ProposeProject}, {@link RequestChange}, {@link RecordActuals} (which may make a reassessment
 *       fall due, see {@link ReassessmentDuePolicy}), and the review deadline (a change's reminders:
 *       {@link ReminderSchedule});
 *   <li>{@link ProjectControls}: {@link SetReviewPolicy} (a change), {@link CallReassessment};
 *   <li>{@link BusinessCase}: {@link SubmitEstimate}, {@link RecordRoiCase} (with the year's discount rate from
 *       {@link Portfolios}), {@link AnswerAssessment};
 *   <li>{@link ChangeRequest}, one per change: {@link ReviseChange}, {@link WithdrawChange}, {@link RejectChange} and
 *       {@link ApproveChange}, which moves the year's budget through {@link Portfolios} in the same unit of work;
 *   <li>{@link Reassessment}, one per reassessment: {@link SubmitReassessmentView}, {@link ConcludeReassessment};
 *   <li>{@link Conversation}: {@link AddComment}, on the project, one of its steps or another comment.
 * </ul>
 * The revision is that of its snapshots' state (its fields and its entities'): raise it when that state changes shape.
 */
@Revision("6")
public class Project {

    @AggregateIdentifier
    private UUID projectId;

    private int fiscalYear;
    private String proposalCurrency;
    private ProjectStatus status;
    private Money approvedBudget;
    private ReviewPolicy policy = ReviewPolicy.standard();

    // Each event reaches only the change (or reassessment) whose id it carries.
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<UUID, ChangeRequest> changes = new HashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<UUID, Reassessment> reassessments = new HashMap<>();

    private int reassessmentRound;
    private final MonthlyActuals actuals = new MonthlyActuals();

    @AggregateMember
    private final BusinessCase businessCase = new BusinessCase(this);

    @AggregateMember
    private final ProjectControls controls = new ProjectControls(this);

    @AggregateMember
    private final Conversation conversation = new Conversation(this);

    /** For Axon's event sourcing. */
    protected Project() {}

    @CommandHandler
    public Project(
            ProposeProject command,
            LedgerCurrency ledger,
            Portfolios portfolios,
            DeadlineManager deadlines,
            ReminderPolicy reminders) {
        JointApproval.checkActsForASide(command.actor(), "propose a project");
        ProjectProposed proposed = Proposal.checked(command, ledger);
        apply(proposed);
        new ChangeOpening(portfolios, deadlines, reminders).initialBudget(proposed, command.initialChangeId());
    }

    // ---- change requests: opened here, then handled by each ChangeRequest ---------------------------------

    @CommandHandler
    void handle(
            RequestChange command,
            LedgerCurrency ledger,
            Portfolios portfolios,
            DeadlineManager deadlines,
            ReminderPolicy reminders) {
        JointApproval.checkActsForASide(command.actor(), "request a change");
        ChangeTerms terms =
                ChangeTermsRules.requested(command.kind(), command.terms(), status, ProjectCurrency.of(this, ledger));
        requestChange(
                command.changeId(),
                command.kind(),
                terms,
                command.rationale(),
                command.actor(),
                new ChangeOpening(portfolios, deadlines, reminders));
    }

    /** Opens a change with checked terms: one open change of each kind at a time. */
    void requestChange(
            UUID changeId, ChangeKind kind, ChangeTerms terms, String rationale, Actor actor, ChangeOpening opening) {
        LifeCycle.checkAllowed(status, kind);
        if (hasOpenChange(kind)) {
            throw new ConflictException(
                    "There is already an open change of kind " + kind + "; revise or withdraw it first");
        }
        if (changes.containsKey(changeId)) {
            throw new ConflictException("Change " + changeId + " already exists");
        }
        apply(new ChangeRequested(
                projectId,
                changeId,
                kind,
                terms,
                ChangeTermsRules.rationale(rationale, !kind.isControl()),
                actor,
                opening.rulesOf(fiscalYear),
                opening.businessCaseRuleOf(fiscalYear)));
        opening.opened(changeId);
    }

    // Without this, Axon would refuse a command for an unknown change with an error of its own; the ledger's
    // NotFound is what the API answers as 404.
    @CommandHandlerInterceptor
    void changeExists(ChangeCommand command) {
        if (!changes.containsKey(command.changeId())) {
            throw new NotFoundException("No change " + command.changeId() + " on this project");
        }
    }

    List<ChangeRequest> openChanges() {
        return changes.values().stream().filter(ChangeRequest::isOpen).toList();
    }

    // ---- actuals and reassessments: called or falling due here, then handled by each Reassessment ---------

    @CommandHandler
    void handle(RecordActuals command, LedgerCurrency ledger) {
        JointApproval.checkActsForASide(command.actor(), "record actuals");
        if (!status.isUnderWay()) {
            throw new ConflictException("Actuals are recorded for active or paused projects; this one is "
                    + status.name().toLowerCase());
        }
        LocalDate today = LocalDate.ofInstant(ReviewSchedule.now(), ZoneOffset.UTC);
        apply(ActualsRules.recorded(
                projectId, command, today, actuals, businessCase.expectedBenefits(), ProjectCurrency.of(this, ledger)));
        if (!hasOpenReassessment()) {
            ReassessmentDuePolicy.after(actuals, approvedBudget, businessCase.expectedBenefits(), policy)
                    .ifPresent(due -> fallDue(UUID.randomUUID(), due.trigger(), due.reason(), Actor.SYSTEM));
        }
    }

    // The payload comes first: Axon matches deadline handlers on it, and resolves the manager after it.
    @DeadlineHandler(deadlineName = ReviewSchedule.REVIEW_DUE)
    void reviewIntervalPassed(ReviewDue due, DeadlineManager deadlines) {
        if (status == ProjectStatus.ACTIVE && !hasOpenReassessment()) {
            String reason = "The review interval of " + policy.reviewIntervalMonths() + " months has passed";
            fallDue(UUID.randomUUID(), ReassessmentTrigger.REVIEW_INTERVAL, reason, Actor.SYSTEM);
        }
        if (status == ProjectStatus.ACTIVE) {
            ReviewSchedule.schedule(deadlines, policy);
        }
    }

    @CommandHandlerInterceptor
    void reassessmentExists(ReassessmentCommand command) {
        if (!reassessments.containsKey(command.reassessmentId())) {
            throw new NotFoundException("No reassessment " + command.reassessmentId() + " on this project");
        }
    }

    // Each reassessment knows whether it is concluded; at most one is open, as falling due requires none open.
    boolean hasOpenReassessment() {
        return reassessments.values().stream().anyMatch(Reassessment::isOpen);
    }

    void fallDue(UUID reassessmentId, ReassessmentTrigger trigger, String reason, Actor actor) {
        apply(new ReassessmentFellDue(projectId, reassessmentId, reassessmentRound + 1, trigger, reason, actor));
    }

    // ---- what the entities read ----------------------------------------------------------------------------

    UUID id() {
        return projectId;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    /** The currency of the proposal, which the project's figures are kept in (see {@link ProjectCurrency}). */
    String currency() {
        return proposalCurrency;
    }

    ProjectStatus status() {
        return status;
    }

    Money approvedBudget() {
        return approvedBudget;
    }

    ReviewPolicy policy() {
        return policy;
    }

    MonthlyActuals actuals() {
        return actuals;
    }

    Set<UUID> changeIds() {
        return changes.keySet();
    }

    Set<UUID> reassessmentIds() {
        return reassessments.keySet();
    }

    BusinessCase businessCase() {
        return businessCase;
    }

    Reassessment reassessment(UUID reassessmentId) {
        return reassessments.get(reassessmentId);
    }

    boolean hasOpenChange(ChangeKind kind) {
        return changes.values().stream().anyMatch(change -> change.isOpen() && change.kind() == kind);
    }

    // ---- event sourcing --------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProjectProposed event) {
        projectId = event.projectId();
        fiscalYear = event.fiscalYear();
        proposalCurrency = event.requestedBudget().currency();
        status = ProjectStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(ChangeRequested event) {
        changes.put(event.changeId(), new ChangeRequest(this, event));
    }

    @EventSourcingHandler
    void on(ChangeWithdrawn event) {
        status = event.statusAfter();
    }

    @EventSourcingHandler
    void on(ChangeRejected event) {
        status = event.statusAfter();
    }

    @EventSourcingHandler
    void on(ChangeTookEffect event) {
        status = event.statusAfter();
        if (event.applied().budget() != null) {
            approvedBudget = event.applied().budget();
        }
    }

    @EventSourcingHandler
    void on(ActualsRecorded event) {
        actuals.recorded(event);
    }

    @EventSourcingHandler
    void on(ReassessmentFellDue event) {
        reassessmentRound = event.round();
        reassessments.put(event.reassessmentId(), new Reassessment(this, event.reassessmentId(), event.round()));
    }

    @EventSourcingHandler
    void on(ReviewPolicySet event) {
        policy = event.policy();
    }
}
