package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.project.api.ApprovalEscalated;
import dev.accord.domain.project.api.ApprovalReminded;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.project.api.RejectChange;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.project.api.WithdrawChange;
import dev.accord.domain.shared.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/**
 * A change that waits for a side is brought back to that side: its members are reminded after two days (the standard
 * policy), its lead is told after five. Only the sides still missing on the current version, only while the change
 * is open, and counted afresh from each revision.
 */
class ApprovalRemindersTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Duration FIRST = Duration.ofDays(2);
    private static final Duration ESCALATE = Duration.ofDays(5);

    private final ProjectFixture f = new ProjectFixture();
    private final UUID scope = UUID.randomUUID();
    private final UUID timeline = UUID.randomUUID();

    @Test
    void requestingAChangeSchedulesItsReminderAndItsEscalation() {
        active().when(scopeChange(scope))
                .expectScheduledDeadline(FIRST, new ApprovalOverdue(scope, 1, NOW, false))
                .expectScheduledDeadline(ESCALATE, new ApprovalOverdue(scope, 1, NOW, true));
    }

    @Test
    void aProposalSchedulesTheRemindersOfItsInitialBudget() {
        UUID initial = UUID.randomUUID();
        f.fixture
                .givenCurrentTime(NOW)
                .when(new ProposeProject(
                        f.projectId,
                        initial,
                        "ERP upgrade",
                        "Move to the current release",
                        null,
                        java.util.List.of(),
                        java.util.List.of(),
                        java.util.List.of(),
                        eur("100000"),
                        ProjectFixture.YEAR,
                        IDA,
                        null))
                .expectScheduledDeadline(FIRST, new ApprovalOverdue(initial, 1, NOW, false))
                .expectScheduledDeadline(ESCALATE, new ApprovalOverdue(initial, 1, NOW, true));
    }

    @Test
    void afterTheFirstPeriodOnlyTheSideStillMissingIsReminded() {
        active().andGivenCommands(scopeChange(scope), new ApproveChange(f.projectId, scope, 1, null, FAY))
                .whenTimeElapses(FIRST)
                .expectEvents(reminded(scope, 1, Side.IT, NOW));
    }

    @Test
    void whenNeitherSideHasApprovedBothAreReminded() {
        active().andGivenCommands(scopeChange(scope))
                .whenTimeElapses(FIRST)
                .expectEvents(reminded(scope, 1, Side.FINANCE, NOW), reminded(scope, 1, Side.IT, NOW));
    }

    @Test
    void afterTheEscalationPeriodTheMissingSideGoesToItsLead() {
        active().andGivenCommands(scopeChange(scope), new ApproveChange(f.projectId, scope, 1, null, IVO))
                .whenTimeElapses(ESCALATE)
                .expectEvents(reminded(scope, 1, Side.FINANCE, NOW), escalated(scope, 1, Side.FINANCE, NOW));
    }

    @Test
    void aChangeThatTookEffectRemindsNobody() {
        active().andGivenCommands(
                        scopeChange(scope),
                        new ApproveChange(f.projectId, scope, 1, null, FAY),
                        new ApproveChange(f.projectId, scope, 1, null, IVO))
                .whenTimeElapses(ESCALATE)
                .expectNoEvents();
    }

    @Test
    void aRejectedChangeRemindsNobody() {
        active().andGivenCommands(scopeChange(scope), new RejectChange(f.projectId, scope, "Not this year", FAY))
                .whenTimeElapses(ESCALATE)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnChangeRemindsNobody() {
        active().andGivenCommands(scopeChange(scope), new WithdrawChange(f.projectId, scope, IDA))
                .whenTimeElapses(ESCALATE)
                .expectNoEvents();
    }

    @Test
    void aRevisionSchedulesTheWaitingOfTheNewVersion() {
        // The earlier version's deadlines stay and come to nothing (see the next test): ReminderSchedule says why.
        active().andGivenCommands(scopeChange(scope))
                .when(revision(scope))
                .expectScheduledDeadline(FIRST, new ApprovalOverdue(scope, 2, NOW, false))
                .expectScheduledDeadline(ESCALATE, new ApprovalOverdue(scope, 2, NOW, true));
    }

    @Test
    void afterARevisionBothSidesAreRemindedOfTheNewVersion() {
        active().andGivenCommands(
                        scopeChange(scope), new ApproveChange(f.projectId, scope, 1, null, FAY), revision(scope))
                .whenTimeElapses(FIRST)
                // Finance's approval was of version 1, which no longer counts.
                .expectEvents(reminded(scope, 2, Side.FINANCE, NOW), reminded(scope, 2, Side.IT, NOW));
    }

    @Test
    void eachOpenChangeWaitsOnItsOwn() {
        active().andGivenCommands(
                        scopeChange(scope),
                        timelineChange(timeline),
                        new ApproveChange(f.projectId, scope, 1, null, FAY),
                        new ApproveChange(f.projectId, scope, 1, null, IVO),
                        new ApproveChange(f.projectId, timeline, 1, null, FAY))
                .whenTimeElapses(FIRST)
                .expectEvents(reminded(timeline, 1, Side.IT, NOW));
    }

    @Test
    void aChangeThePausedProjectOutgrewRemindsNobody() {
        UUID complete = UUID.randomUUID();
        UUID pause = UUID.randomUUID();
        active().andGivenCommands(
                        new RequestChange(f.projectId, complete, ChangeKind.COMPLETE, null, "Done", IDA),
                        new RequestChange(f.projectId, pause, ChangeKind.PAUSE, null, "Vendor strike", IDA),
                        new ApproveChange(f.projectId, pause, 1, null, FAY),
                        new ApproveChange(f.projectId, pause, 1, null, IVO))
                .whenTimeElapses(ESCALATE)
                .expectNoEvents();
    }

    private TestExecutor<Project> active() {
        return f.fixture.givenCurrentTime(NOW).andGiven(f.active("100000"));
    }

    private RequestChange scopeChange(UUID changeId) {
        return new RequestChange(
                f.projectId, changeId, ChangeKind.SCOPE, new ChangeTerms(null, "Add the HR module", null), "HR", IDA);
    }

    private ReviseChange revision(UUID changeId) {
        return new ReviseChange(
                f.projectId, changeId, new ChangeTerms(null, "Add HR and payroll", null), "Payroll too", IDA);
    }

    private RequestChange timelineChange(UUID changeId) {
        return new RequestChange(
                f.projectId,
                changeId,
                ChangeKind.TIMELINE,
                new ChangeTerms(null, null, java.time.LocalDate.of(2027, 6, 30)),
                "Vendor delay",
                IDA);
    }

    private ApprovalReminded reminded(UUID changeId, int version, Side side, Instant since) {
        return new ApprovalReminded(f.projectId, changeId, kindOf(changeId), version, side, since);
    }

    private ApprovalEscalated escalated(UUID changeId, int version, Side side, Instant since) {
        return new ApprovalEscalated(f.projectId, changeId, kindOf(changeId), version, side, since);
    }

    private ChangeKind kindOf(UUID changeId) {
        return changeId.equals(timeline) ? ChangeKind.TIMELINE : ChangeKind.SCOPE;
    }
}
