package dev.accord.app.detail;

import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One project's rows of the detail read model, however they were got (read from the tables, or kept in memory for an
 * as-of view), and the detail they show. The order of every list and the figures that follow from several rows are
 * defined here once, so both ways of getting the rows give the same detail.
 *
 * @param changes the changes, their approvals left out (those are in {@code approvals})
 * @param approvals each change's approvals, voided ones included
 * @param roiCases every version recorded; the detail shows the latest
 * @param months one row per month, as last recorded
 */
public record ProjectDetailRows(
        ProjectDetailRow project,
        Collection<ChangeRow> changes,
        Map<UUID, List<ApprovalRow>> approvals,
        Collection<EstimateRow> estimates,
        Collection<RoiCaseRow> roiCases,
        Collection<AssessmentAnswerRow> answers,
        Collection<ActualsRow> months) {

    /** Changes in the order they were requested (the id only settles a tie). */
    static final Comparator<ChangeRow> CHANGES =
            Comparator.comparing(ChangeRow::requestedAt).thenComparing(ChangeRow::changeId);

    static final Comparator<ApprovalRow> APPROVALS = Comparator.comparing(ApprovalRow::at)
            .thenComparing(approval -> approval.approver().userId());

    static final Comparator<EstimateRow> ESTIMATES = Comparator.comparingInt(EstimateRow::version);

    /** Round by round, a side's four answers together, the questions in the order they are asked. */
    static final Comparator<AssessmentAnswerRow> ANSWERS = Comparator.comparingInt(AssessmentAnswerRow::round)
            .thenComparing(AssessmentAnswerRow::side)
            .thenComparing(AssessmentAnswerRow::question);

    static final Comparator<ActualsRow> MONTHS = Comparator.comparing(ActualsRow::period);

    public ProjectDetail detail() {
        String currency = project.currency();
        return new ProjectDetail(
                project.projectId(),
                project.title(),
                project.description(),
                project.sponsor(),
                project.department(),
                project.processesImproved(),
                project.companyObjectives(),
                project.itObjectives(),
                project.fiscalYear(),
                project.status(),
                project.requestedBudget(),
                project.approvedBudget(),
                toDate(MonthlyActuals.ToDate::spendToDate, currency),
                toDate(MonthlyActuals.ToDate::benefitsToDate, currency),
                project.reviewPolicy(),
                project.openReassessmentId(),
                project.openReassessmentReason(),
                project.proposedBy(),
                project.proposedAt(),
                changes.stream().sorted(CHANGES).map(this::withApprovals).toList(),
                estimates.stream().sorted(ESTIMATES).toList(),
                roiCases.stream()
                        .max(Comparator.comparingInt(RoiCaseRow::version))
                        .orElse(null),
                answers.stream().sorted(ANSWERS).toList(),
                months.stream().sorted(MONTHS).toList());
    }

    private ChangeRow withApprovals(ChangeRow change) {
        List<ApprovalRow> given = approvals.getOrDefault(change.changeId(), List.of()).stream()
                .sorted(APPROVALS)
                .toList();
        return new ChangeRow(
                change.changeId(),
                change.kind(),
                change.version(),
                change.terms(),
                change.rationale(),
                change.state(),
                change.requestedBy(),
                change.requestedAt(),
                given,
                change.decidedAt(),
                change.decisionReason());
    }

    /**
     * Spend or benefits to date: the last of the domain's running totals (the rows are one per month already, a month
     * recorded again having replaced its row), zero before any month is in.
     */
    private Money toDate(Function<MonthlyActuals.ToDate, BigDecimal> figure, String currency) {
        List<MonthlyActuals.ToDate> totals = MonthlyActuals.toDateByMonth(List.copyOf(months));
        return new Money(totals.isEmpty() ? BigDecimal.ZERO : figure.apply(totals.get(totals.size() - 1)), currency);
    }
}
