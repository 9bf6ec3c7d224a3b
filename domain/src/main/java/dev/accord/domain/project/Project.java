package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.project.api.*;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.project.roi.RoiCalculator;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * An IT initiative from proposal to close: the consistency boundary for its budget decisions. Free of Spring:
 * the application registers it with Axon's configuration. Approvals go through {@link JointDecisions}, since a
 * decision that moves money must also fit the fiscal year's budget.
 */
public class Project {

    static final String REVIEW_DUE = "review-due";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @AggregateIdentifier
    private UUID projectId;

    private int fiscalYear;
    private String currency;
    private ProjectStatus status;
    private Money approvedBudget;
    private ReviewPolicy policy = ReviewPolicy.standard();
    private final Map<UUID, ChangeRequest> changes = new HashMap<>();
    private EstimateSubmitted latestEstimate;
    private int estimateVersions;
    private RoiCaseRecorded latestRoiCase;
    private int roiCaseVersions;
    private final AssessmentRounds assessments = new AssessmentRounds();
    private final MonthlyActuals actuals = new MonthlyActuals();
    private UUID openReassessment;
    private int reassessmentRound;
    private final Set<UUID> reassessments = new HashSet<>();
    private final Map<dev.accord.domain.shared.Side, ReassessmentOutcome> views =
            new EnumMap<>(dev.accord.domain.shared.Side.class);

    /** For Axon's event sourcing. */
    protected Project() {}

    @CommandHandler
    public Project(ProposeProject command) {
        JointApproval.checkActsForASide(command.actor(), "propose a project");
        ProposalRules.titleProblem(command.title()).ifPresent(problem -> {
            throw new InvalidInputException("title", problem);
        });
        ProposalRules.descriptionProblem(command.description()).ifPresent(problem -> {
            throw new InvalidInputException("description", problem);
        });
        if (command.requestedBudget() == null) {
            throw new InvalidInputException("requestedBudget.amount", "Amount is required");
        }
        Money budget = Money.checked(
                "requestedBudget",
                command.requestedBudget().amount(),
                command.requestedBudget().currency());
        LedgerCalendar.checkFiscalYear(command.fiscalYear());
        apply(new ProjectProposed(
                command.projectId(),
                command.title().strip(),
                Texts.longText("description", command.description()),
                Texts.optionalLine("sponsor", command.sponsor()),
                Texts.lines("processesImproved", command.processesImproved()),
                Texts.lines("companyObjectives", command.companyObjectives()),
                Texts.lines("itObjectives", command.itObjectives()),
                budget,
                command.fiscalYear(),
                command.actor()));
        apply(new ChangeRequested(
                command.projectId(),
                command.initialChangeId(),
                ChangeKind.INITIAL_BUDGET,
                ChangeTerms.budget(budget),
                "Initial budget of the proposal",
                command.actor()));
    }

    int fiscalYear() {
        return fiscalYear;
    }

    // ---- estimates, ROI case, assessment ------------------------------------------------------------------

    @CommandHandler
    void handle(SubmitEstimate command) {
        JointApproval.checkActsForASide(command.actor(), "submit an estimate");
        checkNotClosed();
        Money oneTime = nonNegative("oneTimeCost", command.oneTimeCost());
        Money recurring = nonNegative("recurringYearlyCost", command.recurringYearlyCost());
        Money low = nonNegative("low", command.low());
        Money high = nonNegative("high", command.high());
        if (command.horizonYears() < 1 || command.horizonYears() > 30) {
            throw new InvalidInputException("horizonYears", "The horizon is 1 to 30 years");
        }
        if (low.amount().compareTo(high.amount()) > 0) {
            throw new InvalidInputException("low", "The low end of the range cannot be above the high end");
        }
        apply(new EstimateSubmitted(
                projectId,
                estimateVersions + 1,
                command.actor().side(),
                oneTime,
                recurring,
                command.horizonYears(),
                totalOverHorizon(oneTime, recurring, command.horizonYears()),
                low,
                high,
                Texts.longText("assumptions", command.assumptions()),
                command.actor()));
    }

    /** The one-time cost plus the recurring cost for each year, as the ROI % counts total costs. */
    private Money totalOverHorizon(Money oneTime, Money recurring, int horizonYears) {
        return new Money(
                oneTime.amount()
                        .add(recurring.amount().multiply(BigDecimal.valueOf(horizonYears)))
                        .setScale(2),
                currency);
    }

    /** Records the ROI case; the discount rate comes from the fiscal year (see {@link JointDecisions}). */
    public void recordRoiCase(RecordRoiCase command, BigDecimal discountRatePercent) {
        JointApproval.checkActsForASide(command.actor(), "record an ROI case");
        checkNotClosed();
        if (latestEstimate == null) {
            throw new ConflictException("An ROI case is computed from a cost estimate: submit an estimate first");
        }
        if (command.benefits() == null || command.benefits().isEmpty()) {
            throw new InvalidInputException("benefits", "Name at least one expected benefit");
        }
        Texts.checkSize("benefits", command.benefits());
        List<ExpectedBenefit> benefits = new ArrayList<>();
        for (int i = 0; i < command.benefits().size(); i++) {
            ExpectedBenefit benefit = command.benefits().get(i);
            String field = "benefits[" + i + "]";
            if (benefit == null || benefit.category() == null) {
                throw new InvalidInputException(field + ".category", "Say what kind of benefit this is");
            }
            if (benefit.metric() == null || benefit.metric().isBlank()) {
                throw new InvalidInputException(field + ".metric", "Name the metric the benefit is measured by");
            }
            String metric = Texts.line(field + ".metric", benefit.metric());
            String target = Objects.requireNonNullElse(Texts.optionalLine(field + ".target", benefit.target()), "");
            Money amount = inLedgerCurrency(field + ".yearlyAmount", benefit.yearlyAmount());
            benefits.add(new ExpectedBenefit(benefit.category(), metric, target, amount));
        }
        BigDecimal yearlyBenefit =
                benefits.stream().map(b -> b.yearlyAmount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        CashFlowPlan plan = new CashFlowPlan(
                latestEstimate.oneTimeCost().amount(),
                latestEstimate.recurringYearlyCost().amount(),
                yearlyBenefit,
                latestEstimate.horizonYears());
        apply(new RoiCaseRecorded(
                projectId,
                roiCaseVersions + 1,
                benefits,
                discountRatePercent,
                new RoiCostBasis(
                        latestEstimate.version(),
                        latestEstimate.oneTimeCost(),
                        latestEstimate.recurringYearlyCost(),
                        latestEstimate.horizonYears()),
                RoiCalculator.figuresFor(plan, discountRatePercent),
                command.actor()));
    }

    @CommandHandler
    void handle(AnswerAssessment command) {
        JointApproval.checkActsForASide(command.actor(), "answer the assessment");
        checkNotClosed();
        if (assessments.isComplete(0)) {
            throw new ConflictException(
                    "Both sides have answered the assessment; " + "the questions are asked again at a reassessment");
        }
        answer(0, command.answers(), command.actor());
    }

    private void answer(int round, List<AssessmentAnswer> given, Actor actor) {
        List<AssessmentAnswer> answers = AssessmentRounds.checked(given);
        boolean completes = assessments.completedWith(round, actor.side());
        List<AssessmentQuestion> disagreements =
                completes ? assessments.disagreementsWith(round, actor.side(), answers) : List.of();
        apply(new AssessmentAnswered(projectId, round, actor.side(), answers, actor));
        if (completes) {
            apply(new AssessmentCompleted(projectId, round, disagreements, actor));
        }
    }

    // ---- change requests -----------------------------------------------------------------------------------

    @CommandHandler
    void handle(RequestChange command) {
        JointApproval.checkActsForASide(command.actor(), "request a change");
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "Say what kind of change this is");
        }
        checkKindAllowedNow(command.kind());
        if (changes.values().stream().anyMatch(change -> change.isOpen() && change.kind() == command.kind())) {
            throw new ConflictException(
                    "There is already an open change of kind " + command.kind() + "; revise or withdraw it first");
        }
        if (changes.containsKey(command.changeId())) {
            throw new ConflictException("Change " + command.changeId() + " already exists");
        }
        apply(new ChangeRequested(
                projectId,
                command.changeId(),
                command.kind(),
                ChangeTermsRules.checked(command.kind(), command.terms(), currency),
                ChangeTermsRules.rationale(command.rationale(), true),
                command.actor()));
    }

    /** Returns the new version. */
    @CommandHandler
    int handle(ReviseChange command) {
        ChangeRequest change = change(command.changeId());
        change.approval().checkRevisionOrWithdrawal(command.actor());
        ChangeTerms terms = ChangeTermsRules.checked(change.kind(), command.terms(), currency);
        int version = change.approval().version() + 1;
        apply(new ChangeRevised(
                projectId,
                command.changeId(),
                change.kind(),
                version,
                terms,
                ChangeTermsRules.rationale(command.rationale(), true),
                change.approval().approvals(),
                command.actor()));
        return version;
    }

    @CommandHandler
    void handle(WithdrawChange command) {
        ChangeRequest change = change(command.changeId());
        change.approval().checkRevisionOrWithdrawal(command.actor());
        ProjectStatus after = change.kind() == ChangeKind.INITIAL_BUDGET ? ProjectStatus.CANCELLED : status;
        apply(new ChangeWithdrawn(
                projectId, command.changeId(), change.kind(), change.approval().version(), after, command.actor()));
    }

    /** Records an approval; tells the caller whether it completes the decision. See {@link JointDecisions}. */
    public PendingDecision approve(ApproveChange command) {
        ChangeRequest change = change(command.changeId());
        change.approval().checkApproval(command.actor(), command.version());
        checkChangeStillApplies(change);
        boolean completes = change.approval().completedBy(command.actor());
        apply(new ChangeApproved(
                projectId,
                command.changeId(),
                change.kind(),
                command.version(),
                change.terms(),
                Texts.longText("comment", command.comment()),
                command.actor()));
        return new PendingDecision(completes, fiscalYear, completes ? allocationAfter(change) : null);
    }

    /** Applies a jointly approved change. Called right after the approval that completed it. */
    public void takeEffect(UUID changeId, Actor decidedBy, DeadlineManager deadlines) {
        ChangeRequest change = change(changeId);
        ProjectStatus after = statusAfter(change.kind());
        apply(new ChangeTookEffect(
                projectId,
                changeId,
                change.kind(),
                change.approval().version(),
                change.terms(),
                approvedBudget,
                status,
                after,
                change.approval().approvals(),
                decidedBy));
        if (change.kind() == ChangeKind.INITIAL_BUDGET || change.kind() == ChangeKind.RESUME) {
            scheduleReview(deadlines);
        } else if (after != ProjectStatus.ACTIVE) {
            deadlines.cancelAllWithinScope(REVIEW_DUE);
        }
    }

    @CommandHandler
    void handle(RejectChange command) {
        ChangeRequest change = change(command.changeId());
        change.approval().checkRejection(command.actor(), command.reason());
        ProjectStatus after = change.kind() == ChangeKind.INITIAL_BUDGET ? ProjectStatus.REJECTED : status;
        apply(new ChangeRejected(
                projectId,
                command.changeId(),
                change.kind(),
                change.approval().version(),
                change.terms(),
                Texts.longText("reason", command.reason()),
                after,
                command.actor()));
    }

    // ---- actuals and reassessments -------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordActuals command) {
        JointApproval.checkActsForASide(command.actor(), "record actuals");
        if (!status.isUnderWay()) {
            throw new ConflictException("Actuals are recorded for active or paused projects; this one is "
                    + status.name().toLowerCase());
        }
        if (command.period() == null) {
            throw new InvalidInputException("period", "Name the month the actuals are for");
        }
        LedgerCalendar.checkMonth("period", command.period());
        LedgerCalendar.checkDate("businessDate", command.businessDate());
        LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        if (command.period().isAfter(YearMonth.from(today))) {
            throw new InvalidInputException("period", "Actuals cannot be recorded for a future month");
        }
        // By default the actuals are as of the month's end, or today while the month is still running.
        LocalDate businessDate = command.businessDate() != null
                ? command.businessDate()
                : command.period().atEndOfMonth().isAfter(today)
                        ? today
                        : command.period().atEndOfMonth();
        if (businessDate.isAfter(today.plusDays(1))) {
            throw new InvalidInputException("businessDate", "The business date cannot be in the future");
        }
        Money spend = nonNegative("spend", command.spend());
        List<RealisedBenefit> benefits = realised(command.benefits());
        BigDecimal spendToDate = actuals.spendToDateWith(command.period(), spend.amount());
        apply(new ActualsRecorded(
                projectId,
                command.period(),
                businessDate,
                spend,
                benefits,
                new Money(spendToDate, currency),
                command.actor()));
        checkTriggers();
    }

    @CommandHandler
    void handle(CallReassessment command) {
        JointApproval.checkActsForASide(command.actor(), "call for a reassessment");
        if (!status.isUnderWay()) {
            throw new ConflictException("Only active or paused projects are reassessed");
        }
        if (openReassessment != null) {
            throw new ConflictException("A reassessment is already under way");
        }
        String reason = command.reason() == null || command.reason().isBlank()
                ? "Called by " + command.actor()
                : Texts.longText("reason", command.reason());
        apply(new ReassessmentFellDue(
                projectId,
                command.reassessmentId(),
                reassessmentRound + 1,
                ReassessmentTrigger.REQUESTED,
                reason,
                command.actor()));
    }

    @CommandHandler
    void handle(SubmitReassessmentView command) {
        JointApproval.checkActsForASide(command.actor(), "give a view at a reassessment");
        checkNotClosed();
        checkOpenReassessment(command.reassessmentId());
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
                projectId,
                command.reassessmentId(),
                command.actor().side(),
                Texts.longText("view", command.view()),
                command.recommendation(),
                command.actor()));
        answer(reassessmentRound, command.answers(), command.actor());
    }

    @CommandHandler
    void handle(ConcludeReassessment command) {
        JointApproval.checkActsForASide(command.actor(), "conclude a reassessment");
        checkNotClosed();
        checkOpenReassessment(command.reassessmentId());
        if (views.size() < 2) {
            throw new ConflictException("Both sides give their view before a reassessment is concluded");
        }
        if (command.outcome() == null) {
            throw new InvalidInputException("outcome", "Conclude with continue, adjust or stop");
        }
        UUID followUp = command.outcome() == ReassessmentOutcome.CONTINUE
                ? null
                : command.followUpChangeId() == null ? UUID.randomUUID() : command.followUpChangeId();
        ChangeTerms followUpTerms = switch (command.outcome()) {
            case CONTINUE -> null;
            case ADJUST ->
                ChangeTermsRules.checked(ChangeKind.BUDGET, ChangeTerms.budget(command.adjustedBudget()), currency);
            case STOP -> ChangeTerms.none();
        };
        String rationale = ChangeTermsRules.rationale(command.rationale(), true);
        apply(new ReassessmentConcluded(
                projectId, command.reassessmentId(), command.outcome(), followUp, rationale, command.actor()));
        if (followUp != null) {
            ChangeKind kind = command.outcome() == ReassessmentOutcome.ADJUST ? ChangeKind.BUDGET : ChangeKind.CANCEL;
            if (changes.values().stream().anyMatch(change -> change.isOpen() && change.kind() == kind)) {
                throw new ConflictException("There is already an open change of kind " + kind
                        + "; decide it before concluding with " + command.outcome());
            }
            apply(new ChangeRequested(projectId, followUp, kind, followUpTerms, rationale, command.actor()));
        }
    }

    // The payload comes first: Axon matches deadline handlers on it, and resolves the manager after it.
    @DeadlineHandler(deadlineName = REVIEW_DUE)
    void reviewIntervalPassed(ReviewDue due, DeadlineManager deadlines) {
        if (status == ProjectStatus.ACTIVE && openReassessment == null) {
            apply(new ReassessmentFellDue(
                    projectId,
                    UUID.randomUUID(),
                    reassessmentRound + 1,
                    ReassessmentTrigger.REVIEW_INTERVAL,
                    "The review interval of " + policy.reviewIntervalMonths() + " months has passed",
                    Actor.SYSTEM));
        }
        if (status == ProjectStatus.ACTIVE) {
            scheduleReview(deadlines);
        }
    }

    @CommandHandler
    void handle(SetReviewPolicy command, DeadlineManager deadlines) {
        JointApproval.checkActsForASide(command.actor(), "set the review policy");
        checkNotClosed();
        ReviewPolicy given = command.policy();
        if (given == null || given.reviewIntervalMonths() < 1 || given.reviewIntervalMonths() > 36) {
            throw new InvalidInputException("reviewIntervalMonths", "The review interval is 1 to 36 months");
        }
        percent("spendOverrunPercent", given.spendOverrunPercent());
        percent("benefitShortfallPercent", given.benefitShortfallPercent());
        apply(new ReviewPolicySet(projectId, given, command.actor()));
        if (status == ProjectStatus.ACTIVE) {
            scheduleReview(deadlines);
        }
    }

    // ---- conversation --------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AddComment command) {
        JointApproval.checkActsForASide(command.actor(), "comment");
        if (command.text() == null || command.text().isBlank()) {
            throw new InvalidInputException("text", "A comment needs some text");
        }
        CommentSubject subject =
                existingSubject(command.subject() == null ? CommentSubject.project() : command.subject());
        apply(new CommentAdded(
                projectId, command.commentId(), subject, Texts.longText("text", command.text()), command.actor()));
    }

    // ---- rules -----------------------------------------------------------------------------------------------

    /** After actuals are in: does a reassessment fall due on its own? At most one is open at a time. */
    private void checkTriggers() {
        if (openReassessment != null || approvedBudget == null) {
            return;
        }
        BigDecimal spendToDate = actuals.spendToDate();
        BigDecimal overrunLimit = approvedBudget
                .amount()
                .multiply(HUNDRED.add(policy.spendOverrunPercent()))
                .divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        if (spendToDate.compareTo(overrunLimit) > 0) {
            apply(new ReassessmentFellDue(
                    projectId,
                    UUID.randomUUID(),
                    reassessmentRound + 1,
                    ReassessmentTrigger.SPEND_OVERRUN,
                    "Spend to date " + new Money(spendToDate, currency)
                            + " is more than "
                            + policy.spendOverrunPercent().stripTrailingZeros().toPlainString()
                            + " % over the approved budget of " + approvedBudget,
                    Actor.SYSTEM));
            return;
        }
        // Benefits are judged once a quarter of actuals is in, so one slow first month does not raise the alarm.
        int months = actuals.first()
                .map(first -> BenefitsPlan.monthsElapsed(first, actuals.last().orElseThrow()))
                .orElse(0);
        if (latestRoiCase != null && months >= 3) {
            BigDecimal realisedToDate = actuals.benefitsToDate();
            BigDecimal expected = BenefitsPlan.of(latestRoiCase.benefits()).expectedAfter(months);
            BigDecimal floor = expected.multiply(HUNDRED.subtract(policy.benefitShortfallPercent()))
                    .divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
            if (realisedToDate.compareTo(floor) < 0) {
                apply(new ReassessmentFellDue(
                        projectId,
                        UUID.randomUUID(),
                        reassessmentRound + 1,
                        ReassessmentTrigger.BENEFIT_SHORTFALL,
                        "Realised benefits " + new Money(realisedToDate, currency)
                                + " are more than "
                                + policy.benefitShortfallPercent()
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + " % behind the " + new Money(expected, currency) + " the ROI case expects after "
                                + months
                                + " months",
                        Actor.SYSTEM));
            }
        }
    }

    private void checkKindAllowedNow(ChangeKind kind) {
        if (kind == ChangeKind.INITIAL_BUDGET) {
            throw new ConflictException("The initial budget is opened by the proposal itself");
        }
        Set<ChangeKind> allowed = switch (status) {
            case PROPOSED -> throw new ConflictException("Decide the initial budget before other changes");
            case ACTIVE ->
                Set.of(
                        ChangeKind.BUDGET,
                        ChangeKind.SCOPE,
                        ChangeKind.TIMELINE,
                        ChangeKind.PAUSE,
                        ChangeKind.CANCEL,
                        ChangeKind.COMPLETE);
            case PAUSED ->
                Set.of(ChangeKind.BUDGET, ChangeKind.SCOPE, ChangeKind.TIMELINE, ChangeKind.RESUME, ChangeKind.CANCEL);
            default ->
                throw new ConflictException(
                        "The project is " + status.name().toLowerCase() + "; no further changes can be made");
        };
        if (!allowed.contains(kind)) {
            throw new ConflictException(
                    "A " + kind + " change does not apply to a " + status.name().toLowerCase() + " project");
        }
    }

    /** An open change can be overtaken by the project closing or pausing; then it can no longer be approved. */
    private void checkChangeStillApplies(ChangeRequest change) {
        if (change.kind() != ChangeKind.INITIAL_BUDGET) {
            checkKindAllowedNow(change.kind());
        }
    }

    private ProjectStatus statusAfter(ChangeKind kind) {
        return switch (kind) {
            case INITIAL_BUDGET, RESUME -> ProjectStatus.ACTIVE;
            case PAUSE -> ProjectStatus.PAUSED;
            case CANCEL -> ProjectStatus.CANCELLED;
            case COMPLETE -> ProjectStatus.COMPLETED;
            case BUDGET, SCOPE, TIMELINE -> status;
        };
    }

    /** The project's share of the year's budget once the change takes effect; closing releases what is unspent. */
    private Money allocationAfter(ChangeRequest change) {
        return switch (change.kind()) {
            case INITIAL_BUDGET, BUDGET -> change.terms().budget();
            case CANCEL, COMPLETE -> new Money(actuals.spendToDate(), currency);
            default -> null;
        };
    }

    private void scheduleReview(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(REVIEW_DUE);
        Instant due = now().atZone(ZoneOffset.UTC)
                .plusMonths(policy.reviewIntervalMonths())
                .toInstant();
        deadlines.schedule(due, REVIEW_DUE, new ReviewDue(policy.reviewIntervalMonths()));
    }

    private void checkOpenReassessment(UUID reassessmentId) {
        if (openReassessment == null || !openReassessment.equals(reassessmentId)) {
            throw reassessments.contains(reassessmentId)
                    ? new ConflictException("That reassessment is already concluded")
                    : new NotFoundException("No reassessment " + reassessmentId + " on this project");
        }
    }

    /**
     * The subject as it is recorded: its id in canonical form ("0007" names estimate 7, and is recorded as "7"), so
     * that a recorded subject is always one of the project's own ids and fits wherever it is stored.
     */
    private CommentSubject existingSubject(CommentSubject subject) {
        if (subject.kind() == null) {
            throw new InvalidInputException("subject.kind", "Say what the comment is about");
        }
        String id = switch (subject.kind()) {
            case PROJECT, ASSESSMENT -> null;
            case CHANGE -> present(changes.containsKey(uuid(subject.id())), uuid(subject.id()));
            case REASSESSMENT -> present(reassessments.contains(uuid(subject.id())), uuid(subject.id()));
            case ESTIMATE ->
                present(number(subject.id()) >= 1 && number(subject.id()) <= estimateVersions, number(subject.id()));
            case ROI_CASE ->
                present(number(subject.id()) >= 1 && number(subject.id()) <= roiCaseVersions, number(subject.id()));
        };
        if (subject.kind() != CommentSubject.Kind.PROJECT
                && subject.kind() != CommentSubject.Kind.ASSESSMENT
                && id == null) {
            String given = subject.id() == null ? "" : " " + subject.id();
            throw new NotFoundException("Nothing to comment on: no "
                    + subject.kind().name().toLowerCase() + (given.length() > 80 ? "" : given));
        }
        return new CommentSubject(subject.kind(), id);
    }

    private static String present(boolean exists, Object id) {
        return exists ? id.toString() : null;
    }

    private void checkNotClosed() {
        if (status.isClosed()) {
            throw new ConflictException("The project is " + status.name().toLowerCase() + "; it is closed");
        }
    }

    private ChangeRequest change(UUID changeId) {
        ChangeRequest change = changes.get(changeId);
        if (change == null) {
            throw new NotFoundException("No change " + changeId + " on this project");
        }
        return change;
    }

    /** A ledger amount that may also be zero (no spend this month, no recurring cost). */
    private Money nonNegative(String field, Money money) {
        if (money != null && money.amount() != null && money.amount().signum() == 0) {
            checkLedgerCurrency(field, money.currency());
            return new Money(BigDecimal.ZERO.setScale(2), currency);
        }
        return inLedgerCurrency(field, money);
    }

    private Money inLedgerCurrency(String field, Money money) {
        if (money == null) {
            throw new InvalidInputException(field + ".amount", "Amount is required");
        }
        Money checked = Money.checked(field, money.amount(), money.currency());
        checkLedgerCurrency(field, checked.currency());
        return checked;
    }

    private void checkLedgerCurrency(String field, String given) {
        Money.currencyProblem(given).ifPresent(problem -> {
            throw new InvalidInputException(field + ".currency", problem);
        });
        if (!given.equals(currency)) {
            throw new InvalidInputException(field + ".currency", "This project's figures are kept in " + currency);
        }
    }

    private List<RealisedBenefit> realised(List<RealisedBenefit> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        Texts.checkSize("benefits", given);
        if (latestRoiCase == null) {
            throw new InvalidInputException("benefits", "Benefits are measured against an ROI case; record one first");
        }
        Set<String> metrics = new HashSet<>();
        latestRoiCase.benefits().forEach(benefit -> metrics.add(benefit.metric()));
        List<RealisedBenefit> benefits = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RealisedBenefit benefit = given.get(i);
            if (benefit == null
                    || benefit.metric() == null
                    || !metrics.contains(benefit.metric().strip())) {
                throw new InvalidInputException(
                        "benefits[" + i + "].metric",
                        "Name one of the ROI case's metrics: " + String.join(", ", metrics));
            }
            benefits.add(new RealisedBenefit(
                    benefit.metric().strip(), nonNegative("benefits[" + i + "].amount", benefit.amount())));
        }
        return benefits;
    }

    private static void percent(String field, BigDecimal value) {
        if (value == null
                || value.signum() < 0
                || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "A share from 0 to 100 %, with at most two decimals");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (RuntimeException notAnId) {
            return null;
        }
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id);
        } catch (RuntimeException notANumber) {
            return -1;
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    // ---- event sourcing --------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProjectProposed event) {
        projectId = event.projectId();
        fiscalYear = event.fiscalYear();
        currency = event.requestedBudget().currency();
        status = ProjectStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(ChangeRequested event) {
        changes.put(event.changeId(), new ChangeRequest(event.kind(), event.terms(), event.requestedBy()));
    }

    @EventSourcingHandler
    void on(ChangeRevised event) {
        changes.get(event.changeId()).revised(event.version(), event.terms());
    }

    @EventSourcingHandler
    void on(ChangeWithdrawn event) {
        changes.get(event.changeId()).approval().decided();
        status = event.statusAfter();
    }

    @EventSourcingHandler
    void on(ChangeApproved event) {
        changes.get(event.changeId()).approval().approved(new Approval(event.approvedBy(), event.version()));
    }

    @EventSourcingHandler
    void on(ChangeRejected event) {
        changes.get(event.changeId()).approval().decided();
        status = event.statusAfter();
    }

    @EventSourcingHandler
    void on(ChangeTookEffect event) {
        changes.get(event.changeId()).approval().decided();
        status = event.statusAfter();
        if (event.applied().budget() != null) {
            approvedBudget = event.applied().budget();
        }
    }

    @EventSourcingHandler
    void on(EstimateSubmitted event) {
        estimateVersions = event.version();
        latestEstimate = event;
    }

    @EventSourcingHandler
    void on(RoiCaseRecorded event) {
        roiCaseVersions = event.version();
        latestRoiCase = event;
    }

    @EventSourcingHandler
    void on(AssessmentAnswered event) {
        assessments.answered(event.round(), event.side(), event.answers());
    }

    @EventSourcingHandler
    void on(AssessmentCompleted event) {
        assessments.completed(event.round());
    }

    @EventSourcingHandler
    void on(ActualsRecorded event) {
        actuals.recorded(event);
    }

    @EventSourcingHandler
    void on(ReassessmentFellDue event) {
        openReassessment = event.reassessmentId();
        reassessmentRound = event.round();
        reassessments.add(event.reassessmentId());
        views.clear();
    }

    @EventSourcingHandler
    void on(ReassessmentViewSubmitted event) {
        views.put(event.side(), event.recommendation());
    }

    @EventSourcingHandler
    void on(ReassessmentConcluded event) {
        openReassessment = null;
    }

    @EventSourcingHandler
    void on(ReviewPolicySet event) {
        policy = event.policy();
    }
}
