package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.ProjectFixture.YEAR;
import static dev.accord.domain.project.ProjectFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.WithdrawChange;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's change kinds: scope, timeline and the life-cycle move only by a jointly approved change, and only
 * where the project's state allows that kind of change.
 */
class LifeCycleTest {

    private final ProjectFixture f = new ProjectFixture();
    private final UUID change = UUID.randomUUID();

    @Test
    void pausingAnActiveProjectTakesEffectWithOneApprovalFromEachSide() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(requested(ChangeKind.PAUSE, ChangeTerms.none(), IDA));
        given.add(approved(ChangeKind.PAUSE, ChangeTerms.none(), FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, change, 1, null, IVO))
                .expectEvents(
                        approved(ChangeKind.PAUSE, ChangeTerms.none(), IVO),
                        new ChangeTookEffect(
                                f.projectId,
                                change,
                                ChangeKind.PAUSE,
                                1,
                                ChangeTerms.none(),
                                eur("100000"),
                                ProjectStatus.ACTIVE,
                                ProjectStatus.PAUSED,
                                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                                IVO));
    }

    @Test
    void aPausedProjectMayBeAskedToResume() {
        f.fixture
                .given(paused())
                .when(new RequestChange(f.projectId, change, ChangeKind.RESUME, null, "Vendor is back", FAY))
                .expectEvents(requested(ChangeKind.RESUME, ChangeTerms.none(), FAY));
    }

    @Test
    void resumingTakesAPausedProjectBackToActive() {
        List<Object> given = paused();
        given.add(requested(ChangeKind.RESUME, ChangeTerms.none(), FAY));
        given.add(approved(ChangeKind.RESUME, ChangeTerms.none(), IDA));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, change, 1, null, FINN))
                .expectEvents(
                        approved(ChangeKind.RESUME, ChangeTerms.none(), FINN),
                        new ChangeTookEffect(
                                f.projectId,
                                change,
                                ChangeKind.RESUME,
                                1,
                                ChangeTerms.none(),
                                eur("100000"),
                                ProjectStatus.PAUSED,
                                ProjectStatus.ACTIVE,
                                List.of(new Approval(IDA, 1), new Approval(FINN, 1)),
                                FINN));
    }

    @Test
    void onlyAPausedProjectCanResume() {
        f.fixture
                .given(f.active("100000"))
                .when(new RequestChange(f.projectId, change, ChangeKind.RESUME, null, "Carry on", FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aPausedProjectCannotBePausedAgain() {
        f.fixture
                .given(paused())
                .when(new RequestChange(f.projectId, change, ChangeKind.PAUSE, null, "Still waiting", FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aPausedProjectIsResumedBeforeItIsCompleted() {
        f.fixture
                .given(paused())
                .when(new RequestChange(f.projectId, change, ChangeKind.COMPLETE, null, "Done", IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void completingClosesTheProjectAsCompletedAndKeepsOnlyItsSpendAllocated() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(requested(ChangeKind.COMPLETE, ChangeTerms.none(), IDA));
        given.add(approved(ChangeKind.COMPLETE, ChangeTerms.none(), IVO));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, change, 1, "Delivered", FAY))
                .expectEvents(
                        approved(ChangeKind.COMPLETE, ChangeTerms.none(), FAY, "Delivered"),
                        new ChangeTookEffect(
                                f.projectId,
                                change,
                                ChangeKind.COMPLETE,
                                1,
                                ChangeTerms.none(),
                                eur("100000"),
                                ProjectStatus.ACTIVE,
                                ProjectStatus.COMPLETED,
                                List.of(new Approval(IVO, 1), new Approval(FAY, 1)),
                                FAY));
        assertThat(f.portfolioEvents())
                .containsExactly(new BudgetAllocated(
                        YEAR, f.projectId, change, eur("0"), new Money(BigDecimal.ZERO, "EUR"), eur("0"), FAY));
    }

    @Test
    void afterACancellationAnyRequestIsAConflict() {
        f.fixture
                .given(closedBy(ChangeKind.CANCEL, ProjectStatus.CANCELLED))
                .when(new RequestChange(
                        f.projectId,
                        UUID.randomUUID(),
                        ChangeKind.SCOPE,
                        new ChangeTerms(null, "Only the HR module", null),
                        "Restart small",
                        IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledProjectCannotBeResumed() {
        f.fixture
                .given(closedBy(ChangeKind.CANCEL, ProjectStatus.CANCELLED))
                .when(new RequestChange(f.projectId, UUID.randomUUID(), ChangeKind.RESUME, null, "Restart", IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aCompletedProjectTakesNoFurtherChanges() {
        f.fixture
                .given(closedBy(ChangeKind.COMPLETE, ProjectStatus.COMPLETED))
                .when(new RequestChange(
                        f.projectId,
                        UUID.randomUUID(),
                        ChangeKind.BUDGET,
                        ChangeTerms.budget(eur("120000")),
                        "Late invoices",
                        FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anOpenChangeOvertakenByACancellationCannotBeApproved() {
        UUID scope = UUID.randomUUID();
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(new ChangeRequested(
                f.projectId,
                scope,
                ChangeKind.SCOPE,
                new ChangeTerms(null, "Add the HR module", null),
                "HR asked",
                IDA));
        given.addAll(closingEvents(ChangeKind.CANCEL, ProjectStatus.CANCELLED));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, scope, 1, null, FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aScopeChangeRecordsTheNewScope() {
        f.fixture
                .given(f.active("100000"))
                .when(new RequestChange(
                        f.projectId,
                        change,
                        ChangeKind.SCOPE,
                        new ChangeTerms(eur("1"), " Add the HR module ", LocalDate.of(2027, 6, 30)),
                        "HR asked",
                        IDA))
                .expectEvents(
                        requested(ChangeKind.SCOPE, new ChangeTerms(null, "Add the HR module", null), IDA, "HR asked"));
    }

    @Test
    void aScopeChangeMustSayWhatTheNewScopeIs() {
        f.fixture
                .given(f.active("100000"))
                .when(new RequestChange(
                        f.projectId, change, ChangeKind.SCOPE, new ChangeTerms(null, " ", null), "HR asked", IDA))
                .expectException(RefusedInputMatcher.on("scope"))
                .expectNoEvents();
    }

    @Test
    void aTimelineChangeRecordsTheNewEndDate() {
        LocalDate end = LocalDate.of(2027, 6, 30);
        f.fixture
                .given(f.active("100000"))
                .when(new RequestChange(
                        f.projectId,
                        change,
                        ChangeKind.TIMELINE,
                        new ChangeTerms(null, null, end),
                        "Vendor is late",
                        FAY))
                .expectEvents(requested(ChangeKind.TIMELINE, new ChangeTerms(null, null, end), FAY, "Vendor is late"));
    }

    @Test
    void aTimelineChangeMustNameTheNewEndDate() {
        f.fixture
                .given(f.active("100000"))
                .when(new RequestChange(
                        f.projectId,
                        change,
                        ChangeKind.TIMELINE,
                        new ChangeTerms(null, "later", null),
                        "Vendor is late",
                        FAY))
                .expectException(RefusedInputMatcher.on("targetDate"))
                .expectNoEvents();
    }

    @Test
    void theRequesterMayWithdrawAChangeAndTheProjectStaysAsItWas() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(requested(ChangeKind.PAUSE, ChangeTerms.none(), IDA));
        f.fixture
                .given(given)
                .when(new WithdrawChange(f.projectId, change, IDA))
                .expectEvents(new ChangeWithdrawn(f.projectId, change, ChangeKind.PAUSE, 1, ProjectStatus.ACTIVE, IDA));
    }

    @Test
    void onlyTheRequesterMayWithdrawAChange() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(requested(ChangeKind.PAUSE, ChangeTerms.none(), IDA));
        f.fixture
                .given(given)
                .when(new WithdrawChange(f.projectId, change, IVO))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnChangeCannotBeApproved() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(requested(ChangeKind.PAUSE, ChangeTerms.none(), IDA));
        given.add(new ChangeWithdrawn(f.projectId, change, ChangeKind.PAUSE, 1, ProjectStatus.ACTIVE, IDA));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, change, 1, null, FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnChangeFreesItsKindForANewRequest() {
        UUID again = UUID.randomUUID();
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(requested(ChangeKind.PAUSE, ChangeTerms.none(), IDA));
        given.add(new ChangeWithdrawn(f.projectId, change, ChangeKind.PAUSE, 1, ProjectStatus.ACTIVE, IDA));
        f.fixture
                .given(given)
                .when(new RequestChange(f.projectId, again, ChangeKind.PAUSE, null, "Now really", FAY))
                .expectEvents(new ChangeRequested(
                        f.projectId, again, ChangeKind.PAUSE, ChangeTerms.none(), "Now really", FAY));
    }

    /** Active with a budget of 100,000, then paused by a change Ida asked for and Fay and Ivo approved. */
    private List<Object> paused() {
        UUID pause = UUID.randomUUID();
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(new ChangeRequested(f.projectId, pause, ChangeKind.PAUSE, ChangeTerms.none(), "Vendor strike", IDA));
        given.add(new ChangeApproved(f.projectId, pause, ChangeKind.PAUSE, 1, ChangeTerms.none(), "", FAY));
        given.add(new ChangeApproved(f.projectId, pause, ChangeKind.PAUSE, 1, ChangeTerms.none(), "", IVO));
        given.add(new ChangeTookEffect(
                f.projectId,
                pause,
                ChangeKind.PAUSE,
                1,
                ChangeTerms.none(),
                eur("100000"),
                ProjectStatus.ACTIVE,
                ProjectStatus.PAUSED,
                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                IVO));
        return given;
    }

    /** Active, then closed by a change of the given kind. */
    private List<Object> closedBy(ChangeKind kind, ProjectStatus after) {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.addAll(closingEvents(kind, after));
        return given;
    }

    private List<Object> closingEvents(ChangeKind kind, ProjectStatus after) {
        UUID closing = UUID.randomUUID();
        return List.of(
                new ChangeRequested(f.projectId, closing, kind, ChangeTerms.none(), "Time to close", FAY),
                new ChangeApproved(f.projectId, closing, kind, 1, ChangeTerms.none(), "", FINN),
                new ChangeApproved(f.projectId, closing, kind, 1, ChangeTerms.none(), "", IDA),
                new ChangeTookEffect(
                        f.projectId,
                        closing,
                        kind,
                        1,
                        ChangeTerms.none(),
                        eur("100000"),
                        ProjectStatus.ACTIVE,
                        after,
                        List.of(new Approval(FINN, 1), new Approval(IDA, 1)),
                        IDA));
    }

    private ChangeRequested requested(ChangeKind kind, ChangeTerms terms, Actor actor) {
        return requested(kind, terms, actor, kind == ChangeKind.RESUME ? "Vendor is back" : "Vendor strike");
    }

    private ChangeRequested requested(ChangeKind kind, ChangeTerms terms, Actor actor, String rationale) {
        return new ChangeRequested(f.projectId, change, kind, terms, rationale, actor);
    }

    private ChangeApproved approved(ChangeKind kind, ChangeTerms terms, Actor actor) {
        return approved(kind, terms, actor, "");
    }

    private ChangeApproved approved(ChangeKind kind, ChangeTerms terms, Actor actor, String comment) {
        return new ChangeApproved(f.projectId, change, kind, 1, terms, comment, actor);
    }
}
