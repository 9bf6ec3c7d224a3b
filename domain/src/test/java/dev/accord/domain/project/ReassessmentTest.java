package dev.accord.domain.project;

import static dev.accord.domain.project.Answers.rated;
import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.People.VIC;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.AssessmentCompleted;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.CallReassessment;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ConcludeReassessment;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.ReassessmentConclusion;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.project.api.ReassessmentViewSubmitted;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.project.api.SubmitReassessmentView;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's reassessment: a joint review where each side gives its view and answers the four questions again,
 * ending in continue, adjust (opens a BUDGET change) or stop (opens a CANCEL change). Its conclusion is joint: one
 * member proposes it, and it takes effect once Finance and IT, neither of them the proposer, approve it.
 */
class ReassessmentTest {

    private final ProjectFixture f = new ProjectFixture();
    private final UUID reassessment = UUID.randomUUID();
    private final UUID followUp = UUID.randomUUID();
    private final UUID conclusion = UUID.randomUUID();

    @Test
    void callingAReassessmentOpensOne() {
        f.fixture
                .given(f.active("100000"))
                .when(new CallReassessment(f.projectId, reassessment, " Vendor doubled its prices ", FAY))
                .expectEvents(new ReassessmentFellDue(
                        f.projectId, reassessment, 1, ReassessmentTrigger.REQUESTED, "Vendor doubled its prices", FAY));
    }

    @Test
    void aReassessmentCalledWithoutAReasonSaysWhoCalledIt() {
        f.fixture
                .given(f.active("100000"))
                .when(new CallReassessment(f.projectId, reassessment, null, IVO))
                .expectEvents(new ReassessmentFellDue(
                        f.projectId, reassessment, 1, ReassessmentTrigger.REQUESTED, "Called by Ivo Novak (IT)", IVO));
    }

    @Test
    void aSecondReassessmentWhileOneIsOpenIsAConflict() {
        f.fixture
                .given(open())
                .when(new CallReassessment(f.projectId, UUID.randomUUID(), "Again", IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIsNotReassessed() {
        f.fixture
                .given(f.proposal("100000"))
                .when(new CallReassessment(f.projectId, reassessment, "Early doubts", FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aViewerCannotCallAReassessment() {
        f.fixture
                .given(f.active("100000"))
                .when(new CallReassessment(f.projectId, reassessment, "Curious", VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aSidesViewAlsoAnswersTheFourQuestionsForTheReassessmentsRound() {
        f.fixture
                .given(open())
                .when(view(IDA, rated(4, 4, 3, 3), ReassessmentOutcome.CONTINUE))
                .expectEvents(
                        viewed(IDA, ReassessmentOutcome.CONTINUE),
                        new AssessmentAnswered(f.projectId, 1, IDA.side(), rated(4, 4, 3, 3), IDA));
    }

    @Test
    void theSecondSidesViewCompletesTheRoundsAssessment() {
        f.fixture
                .given(withViewOf(IDA, ReassessmentOutcome.CONTINUE))
                .when(view(FAY, rated(2, 4, 3, 4), ReassessmentOutcome.ADJUST))
                .expectEvents(
                        viewed(FAY, ReassessmentOutcome.ADJUST),
                        new AssessmentAnswered(f.projectId, 1, FAY.side(), rated(2, 4, 3, 4), FAY),
                        new AssessmentCompleted(f.projectId, 1, List.of(AssessmentQuestion.CLEAR_ROI), FAY));
    }

    @Test
    void eachSideGivesOneViewOnly() {
        f.fixture
                .given(withViewOf(IDA, ReassessmentOutcome.CONTINUE))
                .when(view(IVO, rated(3, 3, 3, 3), ReassessmentOutcome.STOP))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aViewSaysHowTheSideSeesPlanAgainstActuals() {
        f.fixture
                .given(open())
                .when(new SubmitReassessmentView(
                        f.projectId, reassessment, " ", rated(4, 4, 4, 4), ReassessmentOutcome.CONTINUE, IDA))
                .expectException(RefusedInputMatcher.on("view"))
                .expectNoEvents();
    }

    @Test
    void aViewRecommendsAnOutcome() {
        f.fixture
                .given(open())
                .when(view(IDA, rated(4, 4, 4, 4), null))
                .expectException(RefusedInputMatcher.on("recommendation"))
                .expectNoEvents();
    }

    @Test
    void aViewAnswersAllFourQuestions() {
        f.fixture
                .given(open())
                .when(view(IDA, rated(4, 4, 4, 4).subList(0, 2), ReassessmentOutcome.CONTINUE))
                .expectException(RefusedInputMatcher.on("answers"))
                .expectNoEvents();
    }

    @Test
    void aViewOnAnUnknownReassessmentIsNotFound() {
        f.fixture
                .given(open())
                .when(new SubmitReassessmentView(
                        f.projectId,
                        UUID.randomUUID(),
                        "On track",
                        rated(4, 4, 4, 4),
                        ReassessmentOutcome.CONTINUE,
                        IDA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aReassessmentOfACancelledProjectCannotBeConcluded() {
        List<Object> given = withBothViews();
        given.addAll(cancelled());
        f.fixture
                .given(given)
                .when(conclude(ReassessmentOutcome.ADJUST, eur("120000"), FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledProjectTakesNoMoreViews() {
        List<Object> given = withViewOf(IDA, ReassessmentOutcome.STOP);
        given.addAll(cancelled());
        f.fixture
                .given(given)
                .when(view(FAY, rated(3, 3, 3, 3), ReassessmentOutcome.STOP))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void concludingNeedsBothViews() {
        f.fixture
                .given(withViewOf(IDA, ReassessmentOutcome.CONTINUE))
                .when(conclude(ReassessmentOutcome.CONTINUE, null, FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void oneMemberAloneOnlyProposesTheConclusion() {
        f.fixture
                .given(withBothViews())
                .when(conclude(ReassessmentOutcome.CONTINUE, null, FAY))
                .expectEvents(proposed(ReassessmentOutcome.CONTINUE, null, FAY));
    }

    @Test
    void theConclusionTakesEffectWhenBothSidesApproveIt() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.CONTINUE, null, FAY));
        given.add(approved(ReassessmentOutcome.CONTINUE, null, IVO));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, conclusion, 1, null, FINN))
                .expectEvents(
                        approved(ReassessmentOutcome.CONTINUE, null, FINN),
                        new ChangeTookEffect(
                                f.projectId,
                                conclusion,
                                ChangeKind.CONCLUSION,
                                1,
                                terms(ReassessmentOutcome.CONTINUE, null),
                                eur("100000"),
                                ProjectStatus.ACTIVE,
                                ProjectStatus.ACTIVE,
                                List.of(new Approval(IVO, 1), new Approval(FINN, 1)),
                                FINN),
                        concluded(ReassessmentOutcome.CONTINUE, null, FAY));
    }

    @Test
    void oneSidesApprovalDoesNotConcludeYet() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.CONTINUE, null, FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, conclusion, 1, null, FINN))
                .expectEvents(approved(ReassessmentOutcome.CONTINUE, null, FINN));
    }

    @Test
    void theProposerCannotApproveTheirOwnConclusion() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.CONTINUE, null, FAY));
        given.add(approved(ReassessmentOutcome.CONTINUE, null, IVO));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, conclusion, 1, null, FAY))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleVersionOfTheConclusionIsNotApproved() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.CONTINUE, null, FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, conclusion, 2, null, IVO))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRejectedConclusionLeavesTheReassessmentOpenForAnother() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.CONTINUE, null, FAY));
        given.add(new ChangeRejected(
                f.projectId,
                conclusion,
                ChangeKind.CONCLUSION,
                1,
                terms(ReassessmentOutcome.CONTINUE, null),
                "Both sides recommended adjusting",
                ProjectStatus.ACTIVE,
                IDA));
        UUID next = UUID.randomUUID();
        f.fixture
                .given(given)
                .when(new ConcludeReassessment(
                        f.projectId,
                        reassessment,
                        next,
                        ReassessmentOutcome.ADJUST,
                        followUp,
                        eur("120000"),
                        "Both sides agree",
                        FAY))
                .expectEvents(new ChangeRequested(
                        f.projectId,
                        next,
                        ChangeKind.CONCLUSION,
                        terms(ReassessmentOutcome.ADJUST, eur("120000")),
                        "Both sides agree",
                        FAY));
    }

    @Test
    void aSecondConclusionWhileOneIsOpenIsAConflict() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.CONTINUE, null, FAY));
        f.fixture
                .given(given)
                .when(new ConcludeReassessment(
                        f.projectId,
                        reassessment,
                        UUID.randomUUID(),
                        ReassessmentOutcome.STOP,
                        followUp,
                        null,
                        "Stop it",
                        IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aConclusionIsWithdrawnNotRevised() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.CONTINUE, null, FAY));
        f.fixture
                .given(given)
                .when(new ReviseChange(
                        f.projectId, conclusion, terms(ReassessmentOutcome.STOP, null), "Rather stop", FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aConclusionIsNotRequestedAsAnOrdinaryChange() {
        f.fixture
                .given(withBothViews())
                .when(new RequestChange(
                        f.projectId,
                        UUID.randomUUID(),
                        ChangeKind.CONCLUSION,
                        terms(ReassessmentOutcome.CONTINUE, null),
                        "Carry on",
                        FAY))
                .expectException(RefusedInputMatcher.on("kind"))
                .expectNoEvents();
    }

    @Test
    void anApprovedAdjustmentOpensABudgetChangeProposedByTheConcluder() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.ADJUST, eur("120000"), FAY));
        given.add(approved(ReassessmentOutcome.ADJUST, eur("120000"), IDA));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, conclusion, 1, null, FINN))
                .expectEventsMatching(EventMatchers.exactly(
                        EventMatchers.event(approved(ReassessmentOutcome.ADJUST, eur("120000"), FINN)),
                        org.hamcrest.Matchers.instanceOf(ChangeTookEffect.class),
                        EventMatchers.event(concluded(ReassessmentOutcome.ADJUST, followUp, FAY)),
                        EventMatchers.event(new ChangeRequested(
                                f.projectId,
                                followUp,
                                ChangeKind.BUDGET,
                                ChangeTerms.budget(eur("120000")),
                                "Both sides agree",
                                FAY))));
    }

    @Test
    void adjustingMustNameTheNewBudget() {
        f.fixture
                .given(withBothViews())
                .when(conclude(ReassessmentOutcome.ADJUST, null, FAY))
                .expectException(RefusedInputMatcher.on("budget.amount"))
                .expectNoEvents();
    }

    @Test
    void anApprovedStopOpensACancelChange() {
        List<Object> given = withBothViews();
        given.add(proposed(ReassessmentOutcome.STOP, null, IDA));
        given.add(approved(ReassessmentOutcome.STOP, null, FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, conclusion, 1, null, IVO))
                .expectEventsMatching(EventMatchers.exactly(
                        EventMatchers.event(approved(ReassessmentOutcome.STOP, null, IVO)),
                        org.hamcrest.Matchers.instanceOf(ChangeTookEffect.class),
                        EventMatchers.event(concluded(ReassessmentOutcome.STOP, followUp, IDA)),
                        EventMatchers.event(new ChangeRequested(
                                f.projectId,
                                followUp,
                                ChangeKind.CANCEL,
                                ChangeTerms.none(),
                                "Both sides agree",
                                IDA))));
    }

    @Test
    void stoppingWhileACancellationIsAlreadyOpenIsAConflict() {
        List<Object> given = withBothViews();
        given.add(new ChangeRequested(
                f.projectId, UUID.randomUUID(), ChangeKind.CANCEL, ChangeTerms.none(), "Vendor folded", FINN));
        f.fixture
                .given(given)
                .when(conclude(ReassessmentOutcome.STOP, null, IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aConcludedReassessmentTakesNoMoreViews() {
        List<Object> given = withBothViews();
        given.add(concluded(ReassessmentOutcome.CONTINUE, null, FINN));
        f.fixture
                .given(given)
                .when(view(FINN, rated(3, 3, 3, 3), ReassessmentOutcome.STOP))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theNextReassessmentIsTheNextRound() {
        List<Object> given = withBothViews();
        given.add(concluded(ReassessmentOutcome.CONTINUE, null, FINN));
        UUID next = UUID.randomUUID();
        f.fixture
                .given(given)
                .when(new CallReassessment(f.projectId, next, "Half-year review", IDA))
                .expectEvents(new ReassessmentFellDue(
                        f.projectId, next, 2, ReassessmentTrigger.REQUESTED, "Half-year review", IDA));
    }

    /** The project is cancelled while the reassessment is still open. */
    private List<Object> cancelled() {
        UUID cancel = UUID.randomUUID();
        return List.of(
                new ChangeRequested(f.projectId, cancel, ChangeKind.CANCEL, ChangeTerms.none(), "Vendor folded", IDA),
                new ChangeTookEffect(
                        f.projectId,
                        cancel,
                        ChangeKind.CANCEL,
                        1,
                        ChangeTerms.none(),
                        eur("100000"),
                        ProjectStatus.ACTIVE,
                        ProjectStatus.CANCELLED,
                        List.of(),
                        IVO));
    }

    /** Active with a budget of 100,000 and a reassessment Fay called for. */
    private List<Object> open() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(new ReassessmentFellDue(
                f.projectId, reassessment, 1, ReassessmentTrigger.REQUESTED, "Vendor doubled its prices", FAY));
        return given;
    }

    private List<Object> withViewOf(Actor actor, ReassessmentOutcome recommendation) {
        List<Object> given = open();
        given.add(viewed(actor, recommendation));
        given.add(new AssessmentAnswered(f.projectId, 1, actor.side(), rated(4, 4, 3, 3), actor));
        return given;
    }

    private List<Object> withBothViews() {
        List<Object> given = withViewOf(IDA, ReassessmentOutcome.CONTINUE);
        given.add(viewed(FAY, ReassessmentOutcome.ADJUST));
        given.add(new AssessmentAnswered(f.projectId, 1, FAY.side(), rated(4, 4, 3, 3), FAY));
        given.add(new AssessmentCompleted(f.projectId, 1, List.of(), FAY));
        return given;
    }

    private SubmitReassessmentView view(
            Actor actor, List<AssessmentAnswer> answers, ReassessmentOutcome recommendation) {
        return new SubmitReassessmentView(
                f.projectId, reassessment, "Spend is on plan", answers, recommendation, actor);
    }

    private ReassessmentViewSubmitted viewed(Actor actor, ReassessmentOutcome recommendation) {
        return new ReassessmentViewSubmitted(
                f.projectId, reassessment, actor.side(), "Spend is on plan", recommendation, actor);
    }

    private ConcludeReassessment conclude(ReassessmentOutcome outcome, Money adjustedBudget, Actor actor) {
        return new ConcludeReassessment(
                f.projectId, reassessment, conclusion, outcome, followUp, adjustedBudget, "Both sides agree", actor);
    }

    private ReassessmentConclusion conclusionOf(ReassessmentOutcome outcome, Money adjustedBudget) {
        UUID change = outcome == ReassessmentOutcome.CONTINUE ? null : followUp;
        return new ReassessmentConclusion(reassessment, outcome, adjustedBudget, change, "Both sides agree");
    }

    private ChangeTerms terms(ReassessmentOutcome outcome, Money adjustedBudget) {
        return ChangeTerms.conclusion(conclusionOf(outcome, adjustedBudget));
    }

    private ChangeRequested proposed(ReassessmentOutcome outcome, Money adjustedBudget, Actor actor) {
        return new ChangeRequested(
                f.projectId,
                conclusion,
                ChangeKind.CONCLUSION,
                terms(outcome, adjustedBudget),
                "Both sides agree",
                actor);
    }

    private ChangeApproved approved(ReassessmentOutcome outcome, Money adjustedBudget, Actor actor) {
        return new ChangeApproved(
                f.projectId, conclusion, ChangeKind.CONCLUSION, 1, terms(outcome, adjustedBudget), "", actor);
    }

    private ReassessmentConcluded concluded(ReassessmentOutcome outcome, UUID change, Actor actor) {
        return new ReassessmentConcluded(f.projectId, reassessment, outcome, change, "Both sides agree", actor);
    }
}
