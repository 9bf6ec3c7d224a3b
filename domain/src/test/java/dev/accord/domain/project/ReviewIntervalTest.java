package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.People.VIC;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.CallReassessment;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.project.api.RejectChange;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.ReviewPolicySet;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.project.api.SetReviewPolicy;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.NotPermittedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's reassessment falls due on its own when the project's review interval passes: six months by default,
 * counted from the moment the project's budget takes effect.
 */
class ReviewIntervalTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String REVIEW_DUE = "review-due";

    private final ProjectFixture f = new ProjectFixture();
    private final UUID policyChange = UUID.randomUUID();

    @Test
    void theInitialBudgetTakingEffectSchedulesAReviewSixMonthsAhead() {
        atNow().andGiven(approvedByFinance())
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, IVO))
                .expectScheduledDeadlineWithName(monthsAfterNow(6), REVIEW_DUE);
    }

    @Test
    void anUndecidedProposalHasNoReviewScheduled() {
        atNow().andGiven(f.proposal("100000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, FAY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void resumingAPausedProjectSchedulesItsReviewAgain() {
        UUID pause = UUID.randomUUID();
        UUID resume = UUID.randomUUID();
        atNow().andGiven(approvedByFinance())
                .andGivenCommands(
                        new ApproveChange(f.projectId, f.initialChange, 1, null, IVO),
                        new RequestChange(f.projectId, pause, ChangeKind.PAUSE, null, "Vendor strike", IDA),
                        new ApproveChange(f.projectId, pause, 1, null, FAY),
                        new ApproveChange(f.projectId, pause, 1, null, IVO),
                        new RequestChange(f.projectId, resume, ChangeKind.RESUME, null, "Strike is over", IDA),
                        new ApproveChange(f.projectId, resume, 1, null, FAY))
                .when(new ApproveChange(f.projectId, resume, 1, null, IVO))
                .expectScheduledDeadlineWithName(monthsAfterNow(6), REVIEW_DUE);
    }

    @Test
    void whenTheIntervalPassesOnAnActiveProjectAReassessmentFallsDueOnItsOwn() {
        startedNow()
                .whenTimeElapses(Duration.ofDays(190))
                .expectTriggeredDeadlinesWithName(REVIEW_DUE)
                .expectEventsMatching(EventMatchers.exactly(
                        EventMatchers.fellDueOnItsOwn(f.projectId, 1, ReassessmentTrigger.REVIEW_INTERVAL)));
    }

    @Test
    void aNewIntervalDecidesWhenTheReviewFallsDue() {
        startedNow()
                .andGivenCommands(
                        propose(new ReviewPolicy(2, new BigDecimal("10"), new BigDecimal("25")), FAY),
                        new ApproveChange(f.projectId, policyChange, 1, null, FINN),
                        new ApproveChange(f.projectId, policyChange, 1, null, IVO))
                .whenTimeElapses(Duration.ofDays(65))
                .expectEventsMatching(EventMatchers.exactly(
                        EventMatchers.fellDueOnItsOwn(f.projectId, 1, ReassessmentTrigger.REVIEW_INTERVAL)));
    }

    @Test
    void whileAReassessmentIsOpenThePassingIntervalRaisesNoSecond() {
        startedNow()
                .andGivenCommands(new CallReassessment(f.projectId, UUID.randomUUID(), "Vendor news", FAY))
                .whenTimeElapses(Duration.ofDays(190))
                .expectTriggeredDeadlinesWithName(REVIEW_DUE)
                .expectNoEvents();
    }

    @Test
    void pausingAProjectCancelsItsReview() {
        UUID pause = UUID.randomUUID();
        startedNow()
                .andGivenCommands(
                        new RequestChange(f.projectId, pause, ChangeKind.PAUSE, null, "Vendor strike", IDA),
                        new ApproveChange(f.projectId, pause, 1, null, FAY))
                .when(new ApproveChange(f.projectId, pause, 1, null, IVO))
                .expectNoScheduledDeadlineMatching(aReview());
    }

    @Test
    void oneMemberAloneOnlyProposesAReviewPolicy() {
        startedNow()
                .when(propose(policy(36, "100", "100"), FAY))
                .expectEvents(new ChangeRequested(
                        f.projectId,
                        policyChange,
                        ChangeKind.REVIEW_POLICY,
                        ChangeTerms.policy(policy(36, "100", "100")),
                        "Fewer reviews",
                        FAY))
                .expectScheduledDeadlineWithName(monthsAfterNow(6), REVIEW_DUE);
    }

    @Test
    void aReviewPolicyApprovedByBothSidesChangesTheInterval() {
        startedNow()
                .andGivenCommands(
                        propose(policy(3, "10", "25"), FAY), new ApproveChange(f.projectId, policyChange, 1, null, IDA))
                .when(new ApproveChange(f.projectId, policyChange, 1, null, FINN))
                .expectEventsMatching(EventMatchers.exactly(
                        org.hamcrest.Matchers.instanceOf(ChangeApproved.class),
                        org.hamcrest.Matchers.instanceOf(ChangeTookEffect.class),
                        EventMatchers.event(new ReviewPolicySet(f.projectId, policy(3, "10", "25"), FAY))))
                .expectScheduledDeadlineWithName(monthsAfterNow(3), REVIEW_DUE)
                .expectNoScheduledDeadlineWithName(monthsAfterNow(6), REVIEW_DUE);
    }

    @Test
    void theProposerCannotApproveTheirOwnReviewPolicy() {
        startedNow()
                .andGivenCommands(propose(policy(3, "10", "25"), FAY))
                .when(new ApproveChange(f.projectId, policyChange, 1, null, FAY))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleVersionOfAReviewPolicyIsNotApproved() {
        startedNow()
                .andGivenCommands(
                        propose(policy(3, "10", "25"), FAY),
                        new ReviseChange(
                                f.projectId, policyChange, ChangeTerms.policy(policy(4, "10", "25")), "Four", FAY))
                .when(new ApproveChange(f.projectId, policyChange, 1, null, IVO))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void oneRejectionClosesAReviewPolicyAndLeavesTheOldOne() {
        startedNow()
                .andGivenCommands(
                        propose(policy(36, "100", "100"), FAY),
                        new ApproveChange(f.projectId, policyChange, 1, null, FINN),
                        new RejectChange(f.projectId, policyChange, "That silences every review", IVO))
                .whenTimeElapses(Duration.ofDays(190))
                .expectEventsMatching(EventMatchers.exactly(
                        EventMatchers.fellDueOnItsOwn(f.projectId, 1, ReassessmentTrigger.REVIEW_INTERVAL)));
    }

    @Test
    void aSecondReviewPolicyWhileOneIsOpenIsAConflict() {
        startedNow()
                .andGivenCommands(propose(policy(3, "10", "25"), FAY))
                .when(new SetReviewPolicy(f.projectId, UUID.randomUUID(), policy(4, "10", "25"), null, IVO))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aProposalMayCarryAPolicyBeforeItsReviewsStart() {
        atNow().andGiven(f.proposal("100000"))
                .andGivenCommands(
                        propose(policy(12, "5", "50"), IDA), new ApproveChange(f.projectId, policyChange, 1, null, FAY))
                .when(new ApproveChange(f.projectId, policyChange, 1, null, IVO))
                .expectEventsMatching(EventMatchers.exactly(
                        org.hamcrest.Matchers.instanceOf(ChangeApproved.class),
                        org.hamcrest.Matchers.instanceOf(ChangeTookEffect.class),
                        EventMatchers.event(new ReviewPolicySet(f.projectId, policy(12, "5", "50"), IDA))))
                .expectNoScheduledDeadlineMatching(aReview());
    }

    @Test
    void theIntervalIsAtLeastOneMonth() {
        atNow().andGiven(f.active("100000"))
                .when(propose(policy(0, "10", "25"), FAY))
                .expectException(RefusedInputMatcher.on("reviewIntervalMonths"))
                .expectNoEvents();
    }

    @Test
    void theIntervalIsAtMostThirtySixMonths() {
        atNow().andGiven(f.active("100000"))
                .when(propose(policy(37, "10", "25"), FAY))
                .expectException(RefusedInputMatcher.on("reviewIntervalMonths"))
                .expectNoEvents();
    }

    @Test
    void theSpendOverrunShareIsAtMostAHundredPercent() {
        atNow().andGiven(f.active("100000"))
                .when(propose(policy(6, "100.5", "25"), FAY))
                .expectException(RefusedInputMatcher.on("spendOverrunPercent"))
                .expectNoEvents();
    }

    @Test
    void theBenefitShortfallShareIsNotNegative() {
        atNow().andGiven(f.active("100000"))
                .when(propose(policy(6, "10", "-1"), FAY))
                .expectException(RefusedInputMatcher.on("benefitShortfallPercent"))
                .expectNoEvents();
    }

    @Test
    void aViewerCannotSetTheReviewPolicy() {
        atNow().andGiven(f.active("100000"))
                .when(propose(policy(3, "10", "25"), VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    private TestExecutor<Project> atNow() {
        return f.fixture.givenCurrentTime(NOW);
    }

    /** The initial budget takes effect now, by command, so that its review is scheduled. */
    private TestExecutor<Project> startedNow() {
        return atNow().andGiven(approvedByFinance())
                .andGivenCommands(new ApproveChange(f.projectId, f.initialChange, 1, null, IVO));
    }

    private List<Object> approvedByFinance() {
        List<Object> given = new ArrayList<>(f.proposal("100000"));
        given.add(new ChangeApproved(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur("100000")),
                "",
                FINN));
        return given;
    }

    private static Instant monthsAfterNow(int months) {
        return NOW.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private SetReviewPolicy propose(ReviewPolicy policy, Actor actor) {
        return new SetReviewPolicy(f.projectId, policyChange, policy, "Fewer reviews", actor);
    }

    private static ReviewPolicy policy(int months, String overrun, String shortfall) {
        return new ReviewPolicy(months, new BigDecimal(overrun), new BigDecimal(shortfall));
    }

    /** The review deadline, among the changes' reminders (which stay scheduled and come to nothing once decided). */
    private static org.hamcrest.Matcher<org.axonframework.messaging.Message<?>> aReview() {
        return org.axonframework.test.matchers.Matchers.messageWithPayload(
                org.hamcrest.Matchers.instanceOf(ReviewDue.class));
    }
}
