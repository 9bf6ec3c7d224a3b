package dev.accord.app.timeline;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.*;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Every event of a project as a sentence a person can read: "Fay Lund (Finance) approved version 2 of the
 * budget change to EUR 110,000.00". Money reads as in the ledger (ISO code, two decimals).
 */
public final class TimelineSentences {

    private TimelineSentences() {}

    public static String of(ProjectProposed e) {
        return e.proposedBy() + " proposed \u201c" + e.title() + "\u201d for fiscal year " + e.fiscalYear()
                + ", requesting " + e.requestedBudget();
    }

    public static String of(ChangeRequested e) {
        return e.requestedBy() + " requested " + change(e.kind(), e.terms()) + rationale(e.rationale());
    }

    public static String of(ChangeRevised e) {
        String voided = e.voidedApprovals().isEmpty()
                ? ""
                : "; this voids the approval" + (e.voidedApprovals().size() > 1 ? "s" : "") + " of "
                        + e.voidedApprovals().stream()
                                .map(a -> OnBehalf.actor(a.approver(), a.onBehalfOf()))
                                .collect(Collectors.joining(" and "));
        return e.revisedBy() + " revised " + change(e.kind(), e.terms()) + " as version " + e.version()
                + rationale(e.rationale()) + voided;
    }

    public static String of(ApprovalsVoided e) {
        int count = e.voidedApprovals().size();
        return "New figures: " + e.reason() + " (" + e.cause() + "), so the approval" + (count > 1 ? "s" : "") + " of "
                + e.voidedApprovals().stream()
                        .map(a -> OnBehalf.actor(a.approver(), a.onBehalfOf()))
                        .collect(Collectors.joining(" and "))
                + " on version " + e.version() + " of " + e.kind().phrase() + " no longer count"
                + (count > 1 ? "" : "s") + "; it waits for approvals on the new figures";
    }

    public static String of(ChangeApproved e) {
        return OnBehalf.actor(e.approvedBy(), e.onBehalfOf()) + " approved version " + e.version() + " of "
                + change(e.kind(), e.terms())
                + (e.comment() == null || e.comment().isBlank() ? "" : ": \u201c" + e.comment() + "\u201d");
    }

    public static String of(ChangeRejected e) {
        return OnBehalf.actor(e.rejectedBy(), e.onBehalfOf()) + " rejected version " + e.version() + " of "
                + change(e.kind(), e.terms())
                + ": \u201c" + e.reason() + "\u201d"
                + (e.statusAfter() == ProjectStatus.REJECTED ? "; the proposal is rejected" : "");
    }

    public static String of(ChangeWithdrawn e) {
        return e.withdrawnBy() + " withdrew " + e.kind().phrase()
                + (e.kind() == ChangeKind.INITIAL_BUDGET ? ", and with it the proposal" : "");
    }

    public static String of(ChangeTookEffect e) {
        String approvers = e.approvals().stream()
                .map(Approval::approver)
                .map(Object::toString)
                .collect(Collectors.joining(" and "));
        String money = e.applied().budget() == null
                ? ""
                : "; the approved budget goes from " + (e.budgetBefore() == null ? "none" : e.budgetBefore()) + " to "
                        + e.applied().budget();
        String status = e.statusAfter() == e.statusBefore()
                ? ""
                : "; the project is now " + e.statusAfter().name().toLowerCase();
        return capitalised(change(e.kind(), e.applied())) + " took effect, approved by " + approvers + money + status;
    }

    public static String of(EstimateSubmitted e) {
        return e.submittedBy() + " submitted estimate version " + e.version() + ": one-time " + e.oneTimeCost()
                + ", recurring " + e.recurringYearlyCost() + " a year over " + e.horizonYears() + " years (range "
                + e.low() + " to " + e.high() + ")";
    }

    public static String of(RoiCaseRecorded e) {
        return e.recordedBy() + " recorded ROI case version " + e.version() + " from estimate version "
                + e.costBasis().estimateVersion() + ": NPV "
                + new Money(e.figures().npv(), currency(e))
                + ", IRR " + percent(e.figures().irrPercent()) + ", payback "
                + (e.figures().paybackYears() == null
                        ? "beyond the horizon"
                        : e.figures().paybackYears() + " years")
                + ", ROI " + percent(e.figures().roiPercent()) + " at a discount rate of "
                + percent(e.discountRatePercent());
    }

    public static String of(AssessmentAnswered e) {
        String ratings =
                e.answers().stream().map(a -> String.valueOf(a.rating())).collect(Collectors.joining(", "));
        return e.answeredBy() + " answered the four questions" + round(e.round()) + " (ratings " + ratings + ")";
    }

    public static String of(AssessmentCompleted e) {
        return "Both sides have answered the four questions" + round(e.round())
                + (e.disagreements().isEmpty()
                        ? "; no ratings are two or more apart"
                        : "; they disagree on "
                                + e.disagreements().stream().map(q -> q.text()).collect(Collectors.joining(" / ")));
    }

    public static String of(ActualsRecorded e) {
        return e.recordedBy() + " recorded actuals for " + e.period() + " (as of " + e.businessDate() + "): spend "
                + e.spend() + ", realised benefits "
                + MonthlyActuals.Month.of(e).row().benefits()
                + "; spend to date " + e.spendToDate();
    }

    public static String of(ReassessmentFellDue e) {
        return e.trigger() == ReassessmentTrigger.REQUESTED
                ? e.raisedBy() + " called for reassessment " + e.round() + ": " + e.reason()
                : "Reassessment " + e.round() + " fell due: " + e.reason();
    }

    public static String of(ReassessmentViewSubmitted e) {
        return e.submittedBy() + " gave " + e.side().label() + "'s view at the reassessment, recommending "
                + e.recommendation().name().toLowerCase() + ": \u201c" + e.view() + "\u201d";
    }

    public static String of(ReassessmentConcluded e) {
        return e.concludedBy() + " concluded the reassessment: "
                + switch (e.outcome()) {
                    case CONTINUE -> "continue as planned";
                    case ADJUST -> "adjust, opening a budget change";
                    case STOP -> "stop, opening a cancellation";
                }
                + rationale(e.rationale());
    }

    public static String of(CommentAdded e, String subject) {
        return e.author() + " commented on " + subject + ": \u201c" + e.text() + "\u201d";
    }

    /** "Ida Lind (IT) replied to Finn Berg: “Ten per cent is in the high figure”" */
    public static String reply(CommentAdded e, String repliedTo) {
        return e.author() + " replied to " + (repliedTo == null ? "a comment" : repliedTo) + ": \u201c" + e.text()
                + "\u201d";
    }

    public static String of(ReviewPolicySet e) {
        return e.setBy() + " set the review policy: a review every "
                + e.policy().reviewIntervalMonths()
                + " months, and when spend passes the budget by "
                + percent(e.policy().spendOverrunPercent())
                + " or benefits fall behind by " + percent(e.policy().benefitShortfallPercent());
    }

    /** "Reminded Finance of the budget change, which has waited 2 days for its approval" */
    public static String of(ApprovalReminded e, Instant at) {
        return "Reminded " + e.side().label() + " of " + e.kind().phrase() + ", which has waited "
                + waited(e.waitingSince(), at) + " for its approval";
    }

    /** "Escalated the budget change to the Finance lead after 5 days" */
    public static String of(ApprovalEscalated e, Instant at) {
        return "Escalated " + e.kind().phrase() + " to the " + e.side().label() + " lead after "
                + waited(e.waitingSince(), at);
    }

    /** The whole days, hours, minutes or seconds between the two, in the largest unit it reaches. */
    static String waited(Instant since, Instant at) {
        Duration waited = Duration.between(since, at);
        if (waited.toDays() > 0) {
            return count(waited.toDays(), "day");
        } else if (waited.toHours() > 0) {
            return count(waited.toHours(), "hour");
        } else if (waited.toMinutes() > 0) {
            return count(waited.toMinutes(), "minute");
        }
        return count(Math.max(0, waited.toSeconds()), "second");
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    private static String change(ChangeKind kind, ChangeTerms terms) {
        String figures = terms == null ? "" : terms.describe();
        if (figures.isEmpty()) {
            return kind.phrase();
        }
        return kind.phrase() + (kind == ChangeKind.INITIAL_BUDGET ? " of " : " to ") + figures;
    }

    private static String rationale(String rationale) {
        return rationale == null || rationale.isBlank() ? "" : ": \u201c" + rationale + "\u201d";
    }

    private static String round(int round) {
        return round == 0 ? "" : " at reassessment " + round;
    }

    private static String percent(BigDecimal value) {
        return value == null ? "n/a" : value.stripTrailingZeros().toPlainString() + " %";
    }

    private static String currency(RoiCaseRecorded e) {
        return e.costBasis().oneTimeCost().currency();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
