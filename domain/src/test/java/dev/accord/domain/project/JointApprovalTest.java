package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.People.VIC;
import static dev.accord.domain.project.ProjectFixture.YEAR;
import static dev.accord.domain.project.ProjectFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
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
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.project.api.WithdrawChange;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's joint approval: one Finance and one IT approval of the current version, never the requester's. */
class JointApprovalTest {

    private final ProjectFixture f = new ProjectFixture();
    private final UUID budgetChange = UUID.randomUUID();

    @Test
    void theFirstApprovalWaitsForTheOtherSide() {
        f.fixture
                .given(f.proposal("120000.00"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "Fits the plan", FAY))
                .expectEvents(new ChangeApproved(
                        f.projectId,
                        f.initialChange,
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        ChangeTerms.budget(eur("120000.00")),
                        "Fits the plan",
                        FAY));
    }

    @Test
    void oneFinanceAndOneItApprovalMakeTheChangeTakeEffect() {
        List<Object> given = new ArrayList<>(f.proposal("120000.00"));
        given.add(new ChangeApproved(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur("120000.00")),
                "",
                FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, IVO))
                .expectEvents(
                        new ChangeApproved(
                                f.projectId,
                                f.initialChange,
                                ChangeKind.INITIAL_BUDGET,
                                1,
                                ChangeTerms.budget(eur("120000.00")),
                                "",
                                IVO),
                        new ChangeTookEffect(
                                f.projectId,
                                f.initialChange,
                                ChangeKind.INITIAL_BUDGET,
                                1,
                                ChangeTerms.budget(eur("120000.00")),
                                null,
                                ProjectStatus.PROPOSED,
                                ProjectStatus.ACTIVE,
                                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                                IVO));
        assertThat(f.portfolioEvents())
                .containsExactly(new BudgetAllocated(
                        YEAR, f.projectId, f.initialChange, eur("0"), eur("120000.00"), eur("120000.00"), IVO));
    }

    @Test
    void twoApprovalsFromOneSideAreNotEnough() {
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(new ChangeApproved(
                f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, ChangeTerms.budget(eur("50000")), "", FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, FINN))
                .expectEvents(new ChangeApproved(
                        f.projectId,
                        f.initialChange,
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        ChangeTerms.budget(eur("50000")),
                        "",
                        FINN));
    }

    @Test
    void cannotApproveOwnChange() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, IDA))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aViewerCannotApprove() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aChangeThatIsNotOnTheProjectIsNotFound() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, UUID.randomUUID(), 1, null, FAY))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cannotApproveAStaleVersion() {
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(revisedInitialBudget("45000", List.of()));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void cannotApproveTwice() {
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(new ChangeApproved(
                f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, ChangeTerms.budget(eur("50000")), "", FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void revisionVoidsEarlierApprovals() {
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(new ChangeApproved(
                f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, ChangeTerms.budget(eur("50000")), "", FAY));
        f.fixture
                .given(given)
                .when(new ReviseChange(
                        f.projectId, f.initialChange, ChangeTerms.budget(eur("45000")), "Licences are cheaper", IDA))
                .expectEvents(revisedInitialBudget("45000", List.of(new Approval(FAY, 1))));
    }

    @Test
    void afterARevisionTheEarlierApprovalNoLongerCounts() {
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(new ChangeApproved(
                f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, ChangeTerms.budget(eur("50000")), "", FAY));
        given.add(revisedInitialBudget("45000", List.of(new Approval(FAY, 1))));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 2, null, IVO))
                .expectEvents(new ChangeApproved(
                        f.projectId,
                        f.initialChange,
                        ChangeKind.INITIAL_BUDGET,
                        2,
                        ChangeTerms.budget(eur("45000")),
                        "",
                        IVO));
    }

    @Test
    void onlyTheRequesterMayRevise() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new ReviseChange(f.projectId, f.initialChange, ChangeTerms.budget(eur("1")), "mine now", FAY))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void oneRejectionWithAReasonClosesTheChangeAndRejectsAProposal() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new RejectChange(f.projectId, f.initialChange, "No budget line for this", FINN))
                .expectEvents(new ChangeRejected(
                        f.projectId,
                        f.initialChange,
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        ChangeTerms.budget(eur("50000")),
                        "No budget line for this",
                        ProjectStatus.REJECTED,
                        FINN));
    }

    @Test
    void aRejectionNeedsAReason() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new RejectChange(f.projectId, f.initialChange, "  ", FINN))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void theRequesterCannotRejectOwnChange() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new RejectChange(f.projectId, f.initialChange, "changed my mind", IDA))
                .expectException(NotPermittedException.class);
    }

    @Test
    void aDecidedChangeIsFinal() {
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(new ChangeRejected(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur("50000")),
                "no",
                ProjectStatus.REJECTED,
                FINN));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aTakenDecisionCannotBeRejectedAfterwards() {
        f.fixture
                .given(f.active("50000"))
                .when(new RejectChange(f.projectId, f.initialChange, "too late", FINN))
                .expectException(ConflictException.class);
    }

    @Test
    void theRequesterMayWithdrawAndWithdrawingTheInitialBudgetWithdrawsTheProposal() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new WithdrawChange(f.projectId, f.initialChange, IDA))
                .expectEvents(new ChangeWithdrawn(
                        f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, ProjectStatus.CANCELLED, IDA));
    }

    @Test
    void aBudgetChangeReplacesTheApprovedBudgetOnceBothSidesApprove() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(new ChangeRequested(
                f.projectId,
                budgetChange,
                ChangeKind.BUDGET,
                ChangeTerms.budget(eur("110000")),
                "Licence prices rose",
                IDA));
        given.add(new ChangeApproved(
                f.projectId, budgetChange, ChangeKind.BUDGET, 1, ChangeTerms.budget(eur("110000")), "", FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, budgetChange, 1, null, IVO))
                .expectEvents(
                        new ChangeApproved(
                                f.projectId,
                                budgetChange,
                                ChangeKind.BUDGET,
                                1,
                                ChangeTerms.budget(eur("110000")),
                                "",
                                IVO),
                        new ChangeTookEffect(
                                f.projectId,
                                budgetChange,
                                ChangeKind.BUDGET,
                                1,
                                ChangeTerms.budget(eur("110000")),
                                eur("100000"),
                                ProjectStatus.ACTIVE,
                                ProjectStatus.ACTIVE,
                                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                                IVO));
    }

    @Test
    void anApprovalThatWouldPushTheYearOverItsBudgetIsRefusedWhole() {
        UUID yearChange = UUID.randomUUID();
        f.givenPortfolio(
                new YearBudgetRequested(YEAR, yearChange, eur("100000"), "IT budget", FAY),
                new YearBudgetSet(YEAR, yearChange, null, eur("100000"), List.of(), IVO),
                new BudgetAllocated(
                        YEAR, UUID.randomUUID(), UUID.randomUUID(), eur("0"), eur("60000"), eur("60000"), IVO));
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(new ChangeApproved(
                f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, ChangeTerms.budget(eur("50000")), "", FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, IVO))
                .expectException(ConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("raise the year's budget first"))
                .expectNoEvents();
        assertThat(f.portfolioEvents()).hasSize(3);
    }

    @Test
    void aChangeThatFitsTheYearBudgetIsAllocated() {
        UUID yearChange = UUID.randomUUID();
        f.givenPortfolio(
                new YearBudgetRequested(YEAR, yearChange, eur("100000"), "IT budget", FAY),
                new YearBudgetSet(YEAR, yearChange, null, eur("100000"), List.of(), IVO));
        List<Object> given = new ArrayList<>(f.proposal("100000"));
        given.add(new ChangeApproved(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur("100000")),
                "",
                FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, IVO))
                .expectSuccessfulHandlerExecution();
        assertThat(f.portfolioEvents())
                .last()
                .isEqualTo(new BudgetAllocated(
                        YEAR, f.projectId, f.initialChange, eur("0"), eur("100000"), eur("100000"), IVO));
    }

    @Test
    void otherChangesWaitForTheInitialBudget() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new RequestChange(
                        f.projectId,
                        budgetChange,
                        ChangeKind.SCOPE,
                        new ChangeTerms(null, "Add the HR module", null),
                        "HR asked",
                        IDA))
                .expectException(ConflictException.class);
    }

    @Test
    void aBudgetChangeMustNameTheNewBudget() {
        f.fixture
                .given(f.active("50000"))
                .when(new RequestChange(f.projectId, budgetChange, ChangeKind.BUDGET, ChangeTerms.none(), "more", IDA))
                .expectException(RefusedInputMatcher.on("budget.amount"));
    }

    @Test
    void aChangeNeedsARationale() {
        f.fixture
                .given(f.active("50000"))
                .when(new RequestChange(f.projectId, budgetChange, ChangeKind.PAUSE, ChangeTerms.none(), "", IDA))
                .expectException(RefusedInputMatcher.on("rationale"));
    }

    @Test
    void onlyOneOpenChangeOfAKindAtATime() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(new ChangeRequested(
                f.projectId,
                budgetChange,
                ChangeKind.BUDGET,
                ChangeTerms.budget(eur("110000")),
                "Licence prices rose",
                IDA));
        f.fixture
                .given(given)
                .when(new RequestChange(
                        f.projectId,
                        UUID.randomUUID(),
                        ChangeKind.BUDGET,
                        ChangeTerms.budget(eur("120000")),
                        "and more",
                        FAY))
                .expectException(ConflictException.class);
    }

    @Test
    void approvingACancellationClosesTheProjectAndReleasesItsBudget() {
        UUID cancel = UUID.randomUUID();
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(
                new ChangeRequested(f.projectId, cancel, ChangeKind.CANCEL, ChangeTerms.none(), "Vendor folded", FAY));
        given.add(new ChangeApproved(f.projectId, cancel, ChangeKind.CANCEL, 1, ChangeTerms.none(), "", FINN));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, cancel, 1, null, IDA))
                .expectEvents(
                        new ChangeApproved(f.projectId, cancel, ChangeKind.CANCEL, 1, ChangeTerms.none(), "", IDA),
                        new ChangeTookEffect(
                                f.projectId,
                                cancel,
                                ChangeKind.CANCEL,
                                1,
                                ChangeTerms.none(),
                                eur("100000"),
                                ProjectStatus.ACTIVE,
                                ProjectStatus.CANCELLED,
                                List.of(new Approval(FINN, 1), new Approval(IDA, 1)),
                                IDA));
        assertThat(f.portfolioEvents())
                .last()
                .isEqualTo(new BudgetAllocated(
                        YEAR,
                        f.projectId,
                        cancel,
                        eur("0"),
                        new dev.accord.domain.shared.Money(new java.math.BigDecimal("0"), "EUR"),
                        eur("0"),
                        IDA));
    }

    private ChangeRevised revisedInitialBudget(String budget, List<Approval> voided) {
        return new ChangeRevised(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                2,
                ChangeTerms.budget(eur(budget)),
                "Licences are cheaper",
                voided,
                IDA);
    }
}
