package dev.accord.app.project;

import dev.accord.app.api.MoneyJson;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET /api/projects/{id}: a project with its open changes, decided changes, estimates, ROI case and actuals. */
record ProjectDetailJson(
        UUID id,
        String title,
        String description,
        String sponsor,
        List<String> processesImproved,
        List<String> companyObjectives,
        List<String> itObjectives,
        int fiscalYear,
        String status,
        MoneyJson requestedBudget,
        MoneyJson approvedBudget,
        MoneyJson spendToDate,
        MoneyJson benefitsToDate,
        ReviewPolicy reviewPolicy,
        UUID openReassessmentId,
        String openReassessmentReason,
        String proposedBy,
        String proposedBySide,
        Instant proposedAt,
        List<ChangeJson> openChanges,
        List<ChangeJson> decidedChanges,
        List<EstimateRow> estimates,
        RoiCaseRow roiCase,
        List<AssessmentAnswerRow> assessment,
        List<ActualsJson> actuals) {

    record ApprovalJson(String user, String displayName, String side, int version, String comment, Instant at) {
        static ApprovalJson of(ApprovalRow approval) {
            Actor by = approval.approver();
            return new ApprovalJson(
                    by.userId(),
                    by.displayName(),
                    by.side().name(),
                    approval.version(),
                    approval.comment(),
                    approval.at());
        }
    }

    record ChangeJson(
            UUID changeId,
            String kind,
            int version,
            MoneyJson budget,
            String scope,
            LocalDate targetDate,
            String rationale,
            ChangeState state,
            String requestedBy,
            String requestedBySide,
            Instant requestedAt,
            List<ApprovalJson> approvals,
            List<ApprovalJson> voidedApprovals,
            Instant decidedAt,
            String decisionReason) {

        static ChangeJson of(ChangeRow change) {
            Actor by = change.requestedBy();
            return new ChangeJson(
                    change.changeId(),
                    change.kind().name(),
                    change.version(),
                    MoneyJson.of(change.terms().budget()),
                    change.terms().scope(),
                    change.terms().targetDate(),
                    change.rationale(),
                    change.state(),
                    by.userId(),
                    by.side() == null ? null : by.side().name(),
                    change.requestedAt(),
                    change.approvals().stream()
                            .filter(a -> !a.voided())
                            .map(ApprovalJson::of)
                            .toList(),
                    change.approvals().stream()
                            .filter(ApprovalRow::voided)
                            .map(ApprovalJson::of)
                            .toList(),
                    change.decidedAt(),
                    change.decisionReason());
        }
    }

    record ActualsJson(String period, LocalDate businessDate, MoneyJson spend, MoneyJson benefits) {}

    static ProjectDetailJson of(ProjectDetail d) {
        return new ProjectDetailJson(
                d.id(),
                d.title(),
                d.description(),
                d.sponsor(),
                d.processesImproved(),
                d.companyObjectives(),
                d.itObjectives(),
                d.fiscalYear(),
                d.status().name(),
                MoneyJson.of(d.requestedBudget()),
                MoneyJson.of(d.approvedBudget()),
                MoneyJson.of(d.spendToDate()),
                MoneyJson.of(d.benefitsToDate()),
                d.reviewPolicy(),
                d.openReassessmentId(),
                d.openReassessmentReason(),
                d.proposedBy().userId(),
                d.proposedBy().side() == null ? null : d.proposedBy().side().name(),
                d.proposedAt(),
                d.changes().stream()
                        .filter(c -> c.state().isOpen())
                        .map(ChangeJson::of)
                        .toList(),
                d.changes().stream()
                        .filter(c -> !c.state().isOpen())
                        .map(ChangeJson::of)
                        .toList(),
                d.estimates(),
                d.roiCase(),
                d.assessment(),
                d.actuals().stream()
                        .map(a -> new ActualsJson(
                                a.period().toString(),
                                a.businessDate(),
                                MoneyJson.of(a.spend()),
                                MoneyJson.of(a.benefits())))
                        .toList());
    }
}
