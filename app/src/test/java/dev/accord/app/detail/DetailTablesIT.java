package dev.accord.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live side of the project-detail fold: the same events written to the tables, in batches as a rebuild writes
 * them, read back as the rows kept in memory show them. Rolled back, so the shared ledger never sees these rows.
 */
@AccordIntegrationTest
class DetailTablesIT {

    private static final Actor IDA = new Actor("ida", "Ida", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay", Side.FINANCE);
    private static final Actor IVO = new Actor("ivo", "Ivo", Side.IT);
    private static final Actor FINN = new Actor("finn", "Finn", Side.FINANCE);

    @Autowired
    DetailTables tables;

    @Autowired
    ReadModelWrites writes;

    @Autowired
    ProjectDetails details;

    @Autowired
    PlatformTransactionManager transactions;

    private final UUID projectId = UUID.randomUUID();
    private final List<Object> events = new ArrayList<>();

    @Test
    void theTablesShowWhatTheRowsInMemoryShowEvenWithAMonthRecordedTwiceInOneBatch() {
        aHistoryWithEveryKindOfChange();
        DetailInMemory memory = new DetailInMemory();
        foldAll(memory);

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            writes.batched(() -> foldAll(tables));
            ProjectDetail live = details.find(projectId).orElseThrow();
            transaction.setRollbackOnly();

            assertThat(live)
                    .usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(memory.detail());
            assertThat(live.actuals()).hasSize(2);
            assertThat(live.actuals().get(0).spend().amount()).isEqualByComparingTo("8000");
            assertThat(live.spendToDate().amount()).isEqualByComparingTo("12000");
            assertThat(live.changes().get(0).approvals())
                    .extracting(approval -> approval.approver().userId() + " v" + approval.version()
                            + (approval.voided() ? " voided" : ""))
                    .containsExactly("fay v1 voided", "ivo v2", "fay v2");
        });
    }

    private void aHistoryWithEveryKindOfChange() {
        UUID initial = UUID.randomUUID();
        UUID more = UUID.randomUUID();
        UUID scope = UUID.randomUUID();
        events.add(new ProjectProposed(
                projectId,
                "Dock doors",
                "Faster loading",
                null,
                List.of(),
                List.of(),
                List.of(),
                money("100000.00"),
                2097,
                IDA,
                null));
        events.add(new ChangeRequested(
                projectId, initial, ChangeKind.INITIAL_BUDGET, budget("100000.00"), "Initial", IDA));
        events.add(new ChangeApproved(projectId, initial, ChangeKind.INITIAL_BUDGET, 1, budget("100000.00"), "", FAY));
        events.add(new ChangeRevised(
                projectId,
                initial,
                ChangeKind.INITIAL_BUDGET,
                2,
                budget("90000.00"),
                "Less",
                List.of(new Approval(FAY, 1)),
                IDA));
        events.add(new ChangeApproved(projectId, initial, ChangeKind.INITIAL_BUDGET, 2, budget("90000.00"), "", IVO));
        events.add(new ChangeApproved(projectId, initial, ChangeKind.INITIAL_BUDGET, 2, budget("90000.00"), "", FAY));
        events.add(new ChangeTookEffect(
                projectId,
                initial,
                ChangeKind.INITIAL_BUDGET,
                2,
                budget("90000.00"),
                null,
                ProjectStatus.PROPOSED,
                ProjectStatus.ACTIVE,
                List.of(new Approval(IVO, 2), new Approval(FAY, 2)),
                FAY));
        events.add(new EstimateSubmitted(
                projectId,
                1,
                Side.IT,
                money("80000.00"),
                money("5000.00"),
                2,
                money("90000.00"),
                money("70000.00"),
                money("95000.00"),
                "One integrator",
                IVO));
        events.add(new ChangeRequested(projectId, more, ChangeKind.BUDGET, budget("120000.00"), "Sensors", IDA));
        events.add(new ChangeRequested(
                projectId, scope, ChangeKind.SCOPE, new ChangeTerms(null, "Two more docks", null), "Peak", IDA));
        events.add(new ChangeRejected(
                projectId,
                more,
                ChangeKind.BUDGET,
                1,
                budget("120000.00"),
                "Not this year",
                ProjectStatus.ACTIVE,
                FINN));
        events.add(new ChangeWithdrawn(projectId, scope, ChangeKind.SCOPE, 1, ProjectStatus.ACTIVE, IDA));
        events.add(new AssessmentAnswered(
                projectId,
                0,
                Side.IT,
                List.of(new AssessmentAnswer(AssessmentQuestion.CLEAR_ROI, 4, "Measured")),
                IVO));
        events.add(new AssessmentAnswered(
                projectId, 0, Side.IT, List.of(new AssessmentAnswer(AssessmentQuestion.CLEAR_ROI, 5, "Better")), IVO));
        YearMonth january = YearMonth.of(2026, 1);
        events.add(month(january, "10000.00"));
        events.add(month(january, "8000.00"));
        events.add(month(january.plusMonths(2), "4000.00"));
    }

    private ActualsRecorded month(YearMonth period, String spend) {
        return new ActualsRecorded(
                projectId,
                period,
                period.atEndOfMonth(),
                money(spend),
                List.of(new RealisedBenefit("licence cost", money("100.00"))),
                money(spend),
                IVO);
    }

    /** Each event a second after the one before: the tables keep microseconds, the events' instants have none. */
    private void foldAll(DetailChanges changes) {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        for (Object event : events) {
            at = at.plusSeconds(1);
            ProjectDetailFold.fold(event, at, changes);
        }
    }

    private static ChangeTerms budget(String amount) {
        return ChangeTerms.budget(money(amount));
    }

    private static Money money(String amount) {
        return Money.of(amount, "EUR");
    }
}
