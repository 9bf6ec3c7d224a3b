package dev.accord.app.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The project-detail fold called directly with events, into rows kept in memory as the as-of view keeps them. */
class ProjectDetailFoldTest {

    private static final Actor IDA = new Actor("ida", "Ida", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay", Side.FINANCE);
    private static final Actor IVO = new Actor("ivo", "Ivo", Side.IT);
    private static final Actor FINN = new Actor("finn", "Finn", Side.FINANCE);

    private final UUID projectId = UUID.randomUUID();
    private final UUID initial = UUID.randomUUID();
    private final DetailInMemory rows = new DetailInMemory();
    private Instant clock = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aRevisionVoidsTheApprovalsOfTheVersionItReplaces() {
        proposed();
        fold(new ChangeApproved(projectId, initial, ChangeKind.INITIAL_BUDGET, 1, budget("100000"), "Fine", FAY));
        fold(new ChangeRevised(
                projectId,
                initial,
                ChangeKind.INITIAL_BUDGET,
                2,
                budget("90000"),
                "Less",
                List.of(new Approval(FAY, 1)),
                IDA));
        fold(new ChangeApproved(projectId, initial, ChangeKind.INITIAL_BUDGET, 2, budget("90000"), "Better", IVO));

        ChangeRow change = detail().changes().get(0);
        assertThat(change.version()).isEqualTo(2);
        assertThat(change.terms()).isEqualTo(budget("90000"));
        assertThat(change.rationale()).isEqualTo("Less");
        assertThat(change.approvals())
                .extracting(approval -> approval.approver().userId(), ApprovalRow::version, ApprovalRow::voided)
                .containsExactly(tuple("fay", 1, true), tuple("ivo", 2, false));
    }

    @Test
    void aChangeThatTakesEffectClosesAndAppliesItsBudget() {
        proposed();
        fold(new ChangeTookEffect(
                projectId,
                initial,
                ChangeKind.INITIAL_BUDGET,
                1,
                budget("100000"),
                null,
                ProjectStatus.PROPOSED,
                ProjectStatus.ACTIVE,
                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                IVO));

        ProjectDetail detail = detail();
        assertThat(detail.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(detail.approvedBudget()).isEqualTo(money("100000"));
        assertThat(detail.changes().get(0).state()).isEqualTo(ChangeState.APPROVED);
        assertThat(detail.changes().get(0).decidedAt()).isEqualTo(clock);
    }

    @Test
    void rejectedAndWithdrawnChangesCloseWithoutTouchingTheApprovedBudget() {
        aChangeThatTakesEffectClosesAndAppliesItsBudget();
        UUID more = requested(ChangeKind.BUDGET, budget("120000"));
        UUID scope = requested(ChangeKind.SCOPE, new ChangeTerms(null, "Two more sites", null));
        fold(new ChangeRejected(
                projectId, more, ChangeKind.BUDGET, 1, budget("120000"), "Not this year", ProjectStatus.ACTIVE, FINN));
        fold(new ChangeWithdrawn(projectId, scope, ChangeKind.SCOPE, 1, ProjectStatus.ACTIVE, IDA));

        ProjectDetail detail = detail();
        assertThat(detail.changes())
                .extracting(ChangeRow::changeId, ChangeRow::state, ChangeRow::decisionReason)
                .as("in the order they were requested")
                .containsExactly(
                        tuple(initial, ChangeState.APPROVED, null),
                        tuple(more, ChangeState.REJECTED, "Not this year"),
                        tuple(scope, ChangeState.WITHDRAWN, null));
        assertThat(detail.approvedBudget()).isEqualTo(money("100000"));
        assertThat(detail.status()).isEqualTo(ProjectStatus.ACTIVE);
    }

    @Test
    void aMonthRecordedAgainReplacesTheOldOneInTheListAndTheTotals() {
        proposed();
        YearMonth january = YearMonth.of(2026, 1);
        YearMonth march = YearMonth.of(2026, 3);
        recorded(january, "10000", "500");
        recorded(march, "4000", "0");
        recorded(january, "8000", "700");

        ProjectDetail detail = detail();
        assertThat(detail.actuals())
                .extracting(ActualsRow::period, ActualsRow::spend, ActualsRow::benefits)
                .as("February skipped, January as last recorded")
                .containsExactly(tuple(january, money("8000"), money("700")), tuple(march, money("4000"), money("0")));
        assertThat(detail.spendToDate().amount()).isEqualByComparingTo("12000");
        assertThat(detail.benefitsToDate().amount()).isEqualByComparingTo("700");
    }

    @Test
    void answeringAQuestionAgainReplacesTheAnswerAndTheQuestionsKeepTheirOrder() {
        proposed();
        fold(new AssessmentAnswered(
                projectId,
                0,
                Side.IT,
                List.of(
                        new AssessmentAnswer(AssessmentQuestion.COMPETITIVE_ADVANTAGE, 2, "Some"),
                        new AssessmentAnswer(AssessmentQuestion.CLEAR_ROI, 4, "Measured")),
                IVO));
        fold(new AssessmentAnswered(
                projectId,
                0,
                Side.IT,
                List.of(new AssessmentAnswer(AssessmentQuestion.COMPETITIVE_ADVANTAGE, 3, "More")),
                IVO));

        assertThat(detail().assessment())
                .extracting(answer -> answer.question(), answer -> answer.rating())
                .containsExactly(
                        tuple(AssessmentQuestion.CLEAR_ROI, 4), tuple(AssessmentQuestion.COMPETITIVE_ADVANTAGE, 3));
    }

    @Test
    void eventsBeforeTheProposalLeaveNoProject() {
        assertThat(rows.exists()).isFalse();
        proposed();
        assertThat(rows.exists()).isTrue();
        assertThat(detail().spendToDate()).as("nothing spent yet").isEqualTo(money("0"));
        assertThat(detail().sponsor()).isEqualTo("COO");
        assertThat(detail().department()).isEqualTo("Logistics");
        assertThat(detail().processesImproved()).containsExactly("Picking");
    }

    private void proposed() {
        fold(new ProjectProposed(
                projectId,
                "Warehouse robots",
                "Pick faster",
                "COO",
                List.of("Picking"),
                List.of("Margin"),
                List.of("Automation"),
                money("100000"),
                2026,
                IDA,
                "Logistics"));
        fold(new ChangeRequested(
                projectId, initial, ChangeKind.INITIAL_BUDGET, budget("100000"), "Initial budget", IDA));
    }

    private UUID requested(ChangeKind kind, ChangeTerms terms) {
        UUID changeId = UUID.randomUUID();
        fold(new ChangeRequested(projectId, changeId, kind, terms, "Because", IDA));
        return changeId;
    }

    private void recorded(YearMonth period, String spend, String benefit) {
        fold(new ActualsRecorded(
                projectId,
                period,
                period.atEndOfMonth(),
                money(spend),
                List.of(new RealisedBenefit("licence cost", money(benefit))),
                money("0"),
                IVO));
    }

    /** Each event a second after the one before, as the event store would stamp them. */
    private void fold(Object event) {
        clock = clock.plusSeconds(1);
        ProjectDetailFold.fold(event, clock, rows);
    }

    private ProjectDetail detail() {
        return rows.detail();
    }

    private static ChangeTerms budget(String amount) {
        return ChangeTerms.budget(money(amount));
    }

    private static Money money(String amount) {
        return Money.of(amount, "EUR");
    }
}
