package dev.accord.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ApprovalEscalated;
import dev.accord.domain.project.api.ApprovalReminded;
import dev.accord.domain.project.api.ApprovalsVoided;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The timeline's sentences, as members read them: who did what, in the ledger's words and figures. */
class TimelineSentencesTest {

    static final UUID PROJECT = UUID.randomUUID();
    static final UUID CHANGE = UUID.randomUUID();
    static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    static final Actor IVO = new Actor("ivo", "Ivo Sand", Side.IT);
    static final ChangeTerms TO_110K = new ChangeTerms(Money.of("110000.00", "EUR"), null, null);

    @Test
    void aProposalSaysWhoProposedWhatForWhichYearAndHowMuch() {
        assertThat(TimelineSentences.of(new ProjectProposed(
                        PROJECT,
                        "ERP upgrade",
                        "",
                        "CFO",
                        List.of(),
                        List.of(),
                        List.of(),
                        Money.of("100000", "EUR"),
                        2026,
                        IDA,
                        null)))
                .isEqualTo(
                        "Ida Berg (IT) proposed \u201cERP upgrade\u201d for fiscal year 2026, requesting EUR 100,000.00");
    }

    @Test
    void actualsSayTheMonthsSpendAndItsBenefitsOverAllMetrics() {
        assertThat(TimelineSentences.of(new ActualsRecorded(
                        PROJECT,
                        YearMonth.of(2026, 3),
                        LocalDate.of(2026, 4, 2),
                        Money.of("12000.00", "EUR"),
                        List.of(
                                new RealisedBenefit("licence cost", Money.of("2500.00", "EUR")),
                                new RealisedBenefit("hours saved", Money.of("500.50", "EUR"))),
                        Money.of("42000.00", "EUR"),
                        IVO)))
                .isEqualTo("Ivo Sand (IT) recorded actuals for 2026-03 (as of 2026-04-02): spend EUR 12,000.00, "
                        + "realised benefits EUR 3,000.50; spend to date EUR 42,000.00");
    }

    @Test
    void anApprovalSaysWhichVersionOfWhichChangeWithTheApproversComment() {
        assertThat(TimelineSentences.of(
                        new ChangeApproved(PROJECT, CHANGE, ChangeKind.BUDGET, 2, TO_110K, "Fits the plan", FAY)))
                .isEqualTo("Fay Lund (Finance) approved version 2 of the budget change to EUR 110,000.00: "
                        + "\u201cFits the plan\u201d");
        assertThat(TimelineSentences.of(new ChangeApproved(PROJECT, CHANGE, ChangeKind.BUDGET, 2, TO_110K, " ", FAY)))
                .as("no empty quotes for a blank comment")
                .isEqualTo("Fay Lund (Finance) approved version 2 of the budget change to EUR 110,000.00");
    }

    @Test
    void aRevisionNamesTheApprovalsItVoids() {
        assertThat(TimelineSentences.of(new ChangeRevised(
                        PROJECT,
                        CHANGE,
                        ChangeKind.BUDGET,
                        3,
                        TO_110K,
                        "Licences went up",
                        List.of(new Approval(FAY, 2), new Approval(IVO, 2)),
                        IDA)))
                .isEqualTo(
                        "Ida Berg (IT) revised the budget change to EUR 110,000.00 as version 3: "
                                + "\u201cLicences went up\u201d; this voids the approvals of Fay Lund (Finance) and Ivo Sand (IT)");
    }

    @Test
    void newFiguresSayWhyTheApprovalsTheyVoidNoLongerCount() {
        assertThat(TimelineSentences.of(new ApprovalsVoided(
                        PROJECT,
                        CHANGE,
                        ChangeKind.BUDGET,
                        3,
                        "the ROI case was revised",
                        new ApprovalBasis(1, 2, 2),
                        List.of(new Approval(FAY, 3), new Approval(IVO, 3)),
                        IDA)))
                .isEqualTo(
                        "New figures: the ROI case was revised (Ida Berg (IT)), so the approvals of Fay Lund (Finance) "
                                + "and Ivo Sand (IT) on version 3 of " + ChangeKind.BUDGET.phrase()
                                + " no longer count; it waits for approvals on the new figures");
    }

    @Test
    void aDecisionSaysWhoApprovedItAndHowTheBudgetAndStatusMoved() {
        assertThat(TimelineSentences.of(new ChangeTookEffect(
                        PROJECT,
                        CHANGE,
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        TO_110K,
                        null,
                        ProjectStatus.PROPOSED,
                        ProjectStatus.ACTIVE,
                        List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                        IVO)))
                .isEqualTo(
                        "The initial budget of EUR 110,000.00 took effect, approved by Fay Lund (Finance) and "
                                + "Ivo Sand (IT); the approved budget goes from none to EUR 110,000.00; the project is now active");
    }

    @Test
    void rejectingOrWithdrawingTheInitialBudgetEndsTheProposal() {
        assertThat(TimelineSentences.of(new ChangeRejected(
                        PROJECT,
                        CHANGE,
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        TO_110K,
                        "Not this year",
                        ProjectStatus.REJECTED,
                        FAY)))
                .isEqualTo("Fay Lund (Finance) rejected version 1 of the initial budget of EUR 110,000.00: "
                        + "\u201cNot this year\u201d; the proposal is rejected");
        assertThat(TimelineSentences.of(new ChangeWithdrawn(
                        PROJECT, CHANGE, ChangeKind.INITIAL_BUDGET, 1, ProjectStatus.REJECTED, IDA)))
                .isEqualTo("Ida Berg (IT) withdrew the initial budget, and with it the proposal");
        assertThat(TimelineSentences.of(
                        new ChangeWithdrawn(PROJECT, CHANGE, ChangeKind.SCOPE, 1, ProjectStatus.ACTIVE, IDA)))
                .isEqualTo("Ida Berg (IT) withdrew the scope change");
    }

    @Test
    void aCommentSaysWhatItIsAbout() {
        assertThat(TimelineSentences.of(
                        new CommentAdded(PROJECT, UUID.randomUUID(), CommentSubject.project(), "Any news?", FAY),
                        "the project"))
                .isEqualTo("Fay Lund (Finance) commented on the project: \u201cAny news?\u201d");
    }

    @Test
    void aReminderNamesTheSideTheChangeAndHowLongItHasWaited() {
        Instant since = Instant.parse("2026-03-10T09:00:00Z");
        assertThat(TimelineSentences.of(
                        new ApprovalReminded(PROJECT, CHANGE, ChangeKind.BUDGET, 1, Side.FINANCE, since),
                        since.plus(Duration.ofDays(2)).plusSeconds(7)))
                .isEqualTo("Reminded Finance of the budget change, which has waited 2 days for its approval");
    }

    @Test
    void anEscalationNamesTheLeadItGoesTo() {
        Instant since = Instant.parse("2026-03-10T09:00:00Z");
        assertThat(TimelineSentences.of(
                        new ApprovalEscalated(PROJECT, CHANGE, ChangeKind.PAUSE, 2, Side.IT, since),
                        since.plus(Duration.ofDays(5))))
                .isEqualTo("Escalated pausing the project to the IT lead after 5 days");
    }

    @Test
    void aWaitReadsInTheLargestWholeUnitItReaches() {
        Instant since = Instant.parse("2026-03-10T09:00:00Z");
        assertThat(TimelineSentences.waited(
                        since, since.plus(Duration.ofDays(1)).plusSeconds(3600)))
                .isEqualTo("1 day");
        assertThat(TimelineSentences.waited(since, since.plus(Duration.ofHours(36))))
                .isEqualTo("1 day");
        assertThat(TimelineSentences.waited(since, since.plus(Duration.ofHours(12))))
                .isEqualTo("12 hours");
        assertThat(TimelineSentences.waited(since, since.plus(Duration.ofMinutes(1))))
                .isEqualTo("1 minute");
        assertThat(TimelineSentences.waited(since, since.plusSeconds(2))).isEqualTo("2 seconds");
    }
}
