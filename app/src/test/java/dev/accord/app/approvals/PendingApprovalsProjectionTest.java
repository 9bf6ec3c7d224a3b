package dev.accord.app.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.readmodel.ApprovalRulesColumn;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.ApprovalTier;
import dev.accord.domain.portfolio.api.ApprovalRulesApproved;
import dev.accord.domain.portfolio.api.ApprovalRulesRejected;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.YearBudgetApproved;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.portfolio.api.YearChangeKind;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ApprovalsVoided;
import dev.accord.domain.project.api.AssessmentCompleted;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The approvals inbox's handlers called directly, with its writers recording what they are told: a change comes in
 * awaiting both sides, an approval counts for the approver's side, a revision takes off the approvals it voided, and a
 * decision, a rejection or a withdrawal takes it out.
 */
class PendingApprovalsProjectionTest {

    static final UUID PROJECT = UUID.randomUUID();
    static final UUID CHANGE = UUID.randomUUID();
    static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    static final Actor IVO = new Actor("ivo", "Ivo Sand", Side.IT);
    static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    static final ChangeTerms TERMS = new ChangeTerms(Money.of("110000.00", "EUR"), null, null);
    static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

    final PendingProjects projects = mock(PendingProjects.class);
    final PendingApprovals changes = mock(PendingApprovals.class);
    final PendingApprovalVotes votes = mock(PendingApprovalVotes.class);
    final LiveUpdates live = mock(LiveUpdates.class);
    final PendingApprovalsProjection inbox =
            new PendingApprovalsProjection(projects, changes, votes, mock(ReadModelWrites.class), live);

    @Test
    void aRequestedChangeComesInUnderItsProjectsTitle() {
        ChangeRequested request = new ChangeRequested(PROJECT, CHANGE, ChangeKind.BUDGET, TERMS, "Licences", IDA);

        inbox.on(proposal());
        inbox.on(request, AT);

        verify(projects).add(PROJECT, "ERP upgrade");
        verify(changes).open(request, AT);
        assertThat(note().actorUserId()).isEqualTo("ida");
    }

    @Test
    void anApprovalCountsForTheApproversSide() {
        inbox.on(new ChangeApproved(PROJECT, CHANGE, ChangeKind.BUDGET, 2, TERMS, null, FAY));
        inbox.on(new ChangeApproved(PROJECT, CHANGE, ChangeKind.BUDGET, 2, TERMS, null, IVO));

        verify(changes).approve(CHANGE, Side.FINANCE);
        verify(changes).approve(CHANGE, Side.IT);
        verify(votes).approved(CHANGE, 2, FAY);
        verify(votes).approved(CHANGE, 2, IVO);
    }

    @Test
    void aRevisionTakesOffTheApprovalsItVoided() {
        ChangeRevised revision = new ChangeRevised(
                PROJECT, CHANGE, ChangeKind.BUDGET, 3, TERMS, "Licences", List.of(new Approval(FAY, 2)), IDA);

        inbox.on(revision);

        verify(changes).revise(revision);
        verify(votes).revised(CHANGE, 3);
        assertThat(note().text()).contains("this voids the approval of Fay Lund (Finance)");
    }

    @Test
    void newFiguresTakeOffEveryApprovalOfTheVersionAndSayWhy() {
        ApprovalsVoided voided = new ApprovalsVoided(
                PROJECT,
                CHANGE,
                ChangeKind.BUDGET,
                2,
                "a new IT estimate arrived",
                new ApprovalBasis(1, 3, 1),
                List.of(new Approval(FAY, 2)),
                IVO);

        inbox.on(voided);

        verify(changes).voided(CHANGE, 2);
        verify(votes).voided(CHANGE, 2);
        assertThat(note().text()).startsWith("New figures: a new IT estimate arrived");
    }

    @Test
    void aPieceOfTheBusinessCaseIsKeptWithItsProject() {
        inbox.on(new AssessmentCompleted(PROJECT, 0, List.of(), FAY));
        inbox.on(new AssessmentCompleted(PROJECT, 1, List.of(), FAY));

        verify(projects).businessCase(PROJECT, null, false, true);
        org.mockito.Mockito.verifyNoMoreInteractions(projects);
    }

    @Test
    void aDecisionARejectionOrAWithdrawalTakesTheChangeOut() {
        UUID decided = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();

        inbox.on(new ChangeTookEffect(
                PROJECT,
                decided,
                ChangeKind.BUDGET,
                1,
                TERMS,
                null,
                ProjectStatus.ACTIVE,
                ProjectStatus.ACTIVE,
                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                IVO));
        inbox.on(new ChangeRejected(PROJECT, rejected, ChangeKind.BUDGET, 1, TERMS, "No", ProjectStatus.ACTIVE, FAY));
        inbox.on(new ChangeWithdrawn(PROJECT, withdrawn, ChangeKind.SCOPE, 1, ProjectStatus.ACTIVE, IDA));

        verify(changes).close(decided);
        verify(changes).close(rejected);
        verify(changes).close(withdrawn);
    }

    @Test
    void aYearBudgetRequestComesInUnderItsYearAndTellsTheYearsPortfolioPages() {
        UUID budget = UUID.randomUUID();

        inbox.on(new YearBudgetRequested(2031, budget, Money.of("4000000.00", "EUR"), "Growth", IDA), AT);

        ArgumentCaptor<YearChange> opened = ArgumentCaptor.forClass(YearChange.class);
        verify(changes).openYearChange(opened.capture());
        assertThat(opened.getValue())
                .isEqualTo(new YearChange(
                        2031,
                        budget,
                        YearChangeKind.YEAR_BUDGET,
                        Money.of("4000000.00", "EUR"),
                        null,
                        "Growth",
                        IDA,
                        AT));
        assertThat(note().text()).isEqualTo("Ida Berg (IT) requested an IT budget of EUR 4,000,000.00 for 2031");
        verify(live).changed(LiveQuery.PORTFOLIO, 2031, null);
    }

    @Test
    void aYearsChangeIsApprovedByASideAndTakenOutWhenDecided() {
        UUID budget = UUID.randomUUID();
        UUID rules = UUID.randomUUID();
        ApprovalRules cfoAbove =
                new ApprovalRules(List.of(new ApprovalTier(Money.of("500000.00", "EUR"), 1, 1, true, false)));

        inbox.on(new YearBudgetApproved(2031, budget, 1, Money.of("4000000.00", "EUR"), null, FAY));
        inbox.on(new YearBudgetSet(2031, budget, null, Money.of("4000000.00", "EUR"), List.of(), IVO));
        inbox.on(new ApprovalRulesRequested(2031, rules, cfoAbove, "", IDA), AT);
        inbox.on(new ApprovalRulesApproved(2031, rules, 1, cfoAbove, null, FAY));
        inbox.on(new ApprovalRulesRejected(2031, rules, "Too strict", IVO));

        verify(changes).approve(budget, Side.FINANCE);
        verify(votes).approved(budget, 1, FAY);
        verify(changes).close(budget);
        verify(votes).closed(budget);
        ArgumentCaptor<YearChange> opened = ArgumentCaptor.forClass(YearChange.class);
        verify(changes).openYearChange(opened.capture());
        assertThat(opened.getValue().kind()).isEqualTo(YearChangeKind.APPROVAL_RULES);
        assertThat(opened.getValue().proposal())
                .isEqualTo("One approval of each side up to EUR 500,000.00; above EUR 500,000.00: "
                        + "1 Finance approval including the CFO and 1 IT approval");
        verify(changes).approve(rules, Side.FINANCE);
        verify(changes).close(rules);
    }

    @Test
    void financesApprovalMarksFinancesSideOnly() {
        ReadModelWrites writes = mock(ReadModelWrites.class);

        new PendingApprovals(writes, new ApprovalRulesColumn(new ObjectMapper())).approve(CHANGE, Side.FINANCE);
        new PendingApprovals(writes, new ApprovalRulesColumn(new ObjectMapper())).approve(CHANGE, Side.IT);

        ArgumentCaptor<RowStatement> statements = ArgumentCaptor.forClass(RowStatement.class);
        verify(writes, times(2)).write(statements.capture(), any());
        assertThat(statements.getAllValues().get(0).sql())
                .contains("finance_approved = TRUE")
                .doesNotContain("it_approved");
        assertThat(statements.getAllValues().get(1).sql())
                .contains("it_approved = TRUE")
                .doesNotContain("finance_approved");
    }

    @Test
    void aRevisionClearsTheSidesWhoseApprovalsItNamesAsVoided() {
        ReadModelWrites writes = mock(ReadModelWrites.class);

        new PendingApprovals(writes, new ApprovalRulesColumn(new ObjectMapper()))
                .revise(new ChangeRevised(
                        PROJECT, CHANGE, ChangeKind.BUDGET, 3, TERMS, "Licences", List.of(new Approval(FAY, 2)), IDA));

        ArgumentCaptor<SqlParameterSource> parameters = ArgumentCaptor.forClass(SqlParameterSource.class);
        verify(writes).write(eq(PendingApprovals.REVISE), parameters.capture());
        assertThat(parameters.getValue().getValue("financeVoided")).isEqualTo(true);
        assertThat(parameters.getValue().getValue("itVoided")).isEqualTo(false);
        assertThat(parameters.getValue().getValue("version")).isEqualTo(3);
    }

    private static ProjectProposed proposal() {
        return new ProjectProposed(
                PROJECT,
                "ERP upgrade",
                "",
                "CFO",
                List.of(),
                List.of(),
                List.of(),
                Money.of("1", "EUR"),
                2026,
                IDA,
                null);
    }

    private ActivityNote note() {
        ArgumentCaptor<ActivityNote> note = ArgumentCaptor.forClass(ActivityNote.class);
        verify(live).changed(eq(LiveQuery.PENDING_APPROVALS), isNull(), note.capture());
        return note.getValue();
    }
}
