package dev.accord.app.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.accord.app.api.MoneyJson;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ReassessmentConclusion;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GET /api/projects/{id}: a project with its open changes, decided changes, estimates, ROI case and actuals. */
record ProjectDetailJson(
        UUID id,
        String title,
        String description,
        String sponsor,
        String department,
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
        List<EstimateJson> estimates,
        RoiCaseJson roiCase,
        List<AssessmentAnswerRow> assessment,
        List<ActualsJson> actuals,
        ApprovalBasis businessCaseBasis) {

    /**
     * One approval; {@code onBehalfOf} is the user a delegate approved for (null otherwise), {@code approvedAs} the
     * line to show ("Fay Lund on behalf of Carla Falk (Finance lead)").
     */
    record ApprovalJson(
            String user,
            String displayName,
            String side,
            int version,
            String comment,
            Instant at,
            String onBehalfOf,
            String onBehalfOfDisplayName,
            String approvedAs) {
        static ApprovalJson of(ApprovalRow approval) {
            Actor by = approval.approver();
            Actor delegator = approval.onBehalfOf();
            return new ApprovalJson(
                    by.userId(),
                    by.displayName(),
                    by.side().name(),
                    approval.version(),
                    approval.comment(),
                    approval.at(),
                    delegator == null ? null : delegator.userId(),
                    delegator == null ? null : delegator.displayName(),
                    approval.approverName());
        }
    }

    record ChangeJson(
            UUID changeId,
            String kind,
            int version,
            MoneyJson budget,
            String scope,
            LocalDate targetDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) ReviewPolicy reviewPolicy,
            @JsonInclude(JsonInclude.Include.NON_NULL) ConclusionJson conclusion,
            String rationale,
            ChangeState state,
            String requestedBy,
            String requestedBySide,
            Instant requestedAt,
            List<ApprovalJson> approvals,
            List<ApprovalJson> voidedApprovals,
            Instant decidedAt,
            String decisionReason,

            @Schema(
                    description = "What an open change still lacks by the approval rules it was requested under, "
                            + "e.g. \"waiting for the CFO\"; absent for decided changes and views of the past")
            List<String> waitingFor) {

        static ChangeJson of(ChangeRow change, List<String> waitingFor) {
            Actor by = change.requestedBy();
            return new ChangeJson(
                    change.changeId(),
                    change.kind().name(),
                    change.version(),
                    MoneyJson.of(change.terms().budget()),
                    change.terms().scope(),
                    change.terms().targetDate(),
                    change.terms().policy(),
                    ConclusionJson.of(change.terms().conclusion()),
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
                    change.decisionReason(),
                    waitingFor);
        }
    }

    /** The terms of a CONCLUSION change: how the reassessment ends, and the change ADJUST or STOP will open. */
    record ConclusionJson(
            UUID reassessmentId,
            ReassessmentOutcome outcome,
            @JsonInclude(JsonInclude.Include.NON_NULL) MoneyJson adjustedBudget,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID followUpChangeId) {

        static ConclusionJson of(ReassessmentConclusion conclusion) {
            return conclusion == null
                    ? null
                    : new ConclusionJson(
                            conclusion.reassessmentId(),
                            conclusion.outcome(),
                            MoneyJson.of(conclusion.adjustedBudget()),
                            conclusion.followUpChangeId());
        }
    }

    record ActualsJson(String period, LocalDate businessDate, MoneyJson spend, MoneyJson benefits) {}

    /**
     * Money in the estimates and the ROI case, which have always been written with the amount as a JSON number (the
     * rest of the API writes it as a string, MoneyJson). Kept so for the clients that read them.
     */
    @Schema(description = "An amount with the amount as a JSON number (estimates and the ROI case)")
    record MoneyFigure(BigDecimal amount, String currency) {
        static MoneyFigure of(Money money) {
            return money == null ? null : new MoneyFigure(money.amount(), money.currency());
        }
    }

    record EstimateJson(
            int version,
            Side side,
            MoneyFigure oneTimeCost,
            MoneyFigure recurringYearlyCost,
            int horizonYears,
            MoneyFigure totalCost,
            MoneyFigure low,
            MoneyFigure high,
            String assumptions,
            String submittedBy,
            Instant at) {
        static EstimateJson of(EstimateRow e) {
            return new EstimateJson(
                    e.version(),
                    e.side(),
                    MoneyFigure.of(e.oneTimeCost()),
                    MoneyFigure.of(e.recurringYearlyCost()),
                    e.horizonYears(),
                    MoneyFigure.of(e.totalCost()),
                    MoneyFigure.of(e.low()),
                    MoneyFigure.of(e.high()),
                    e.assumptions(),
                    e.submittedBy(),
                    e.at());
        }
    }

    record ExpectedBenefitJson(BenefitCategory category, String metric, String target, MoneyFigure yearlyAmount) {
        static ExpectedBenefitJson of(ExpectedBenefit b) {
            return new ExpectedBenefitJson(b.category(), b.metric(), b.target(), MoneyFigure.of(b.yearlyAmount()));
        }
    }

    record RoiCaseJson(
            int version,
            List<ExpectedBenefitJson> benefits,
            BigDecimal discountRatePercent,
            int estimateVersion,
            RoiFigures figures,
            String recordedBy,
            Instant at) {
        static RoiCaseJson of(RoiCaseRow r) {
            return r == null
                    ? null
                    : new RoiCaseJson(
                            r.version(),
                            r.benefits() == null
                                    ? null
                                    : r.benefits().stream()
                                            .map(ExpectedBenefitJson::of)
                                            .toList(),
                            r.discountRatePercent(),
                            r.estimateVersion(),
                            r.figures(),
                            r.recordedBy(),
                            r.at());
        }
    }

    /** As it stood (a view of the past): without what the open changes lacked then. */
    static ProjectDetailJson of(ProjectDetail d) {
        return of(d, Map.of());
    }

    /** With what each open change still lacks, by change id. */
    static ProjectDetailJson of(ProjectDetail d, Map<UUID, List<String>> waitingFor) {
        return new ProjectDetailJson(
                d.id(),
                d.title(),
                d.description(),
                d.sponsor(),
                d.department(),
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
                        .map(c -> ChangeJson.of(c, waitingFor.get(c.changeId())))
                        .toList(),
                d.changes().stream()
                        .filter(c -> !c.state().isOpen())
                        .map(c -> ChangeJson.of(c, null))
                        .toList(),
                d.estimates().stream().map(EstimateJson::of).toList(),
                RoiCaseJson.of(d.roiCase()),
                d.assessment(),
                d.actuals().stream()
                        .map(a -> new ActualsJson(
                                a.period().toString(),
                                a.businessDate(),
                                MoneyJson.of(a.spend()),
                                MoneyJson.of(a.benefits())))
                        .toList(),
                ApprovalBasis.of(d.estimates(), d.roiCase()));
    }
}
