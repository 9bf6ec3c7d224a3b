package dev.accord.ui.approvals;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.Formats;
import dev.accord.ui.project.ProposalSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The business case an approval rests on, as the approvals card shows it: what the proposal claimed (sponsor,
 * department, processes and objectives), each side's latest estimate, the ROI case's figures and benefits, and both
 * sides' answers to the four questions. The approval sends {@link #basis()}, the
 * versions shown here, and the ledger refuses it should newer figures have arrived meanwhile.
 */
class BusinessCaseFigures extends Div {

    private final ApprovalBasis basis;

    BusinessCaseFigures(ProjectDetail project, UUID changeId, Locale locale) {
        addClassName("project-context");
        getStyle().set("color", "var(--lumo-secondary-text-color)");
        basis = ApprovalBasis.of(project.estimates(), project.roiCase());
        // What the proposal claimed, beside the answers to the questions it feeds.
        ProposalSection proposal = ProposalSection.onCard();
        proposal.show(project);
        add(proposal);
        for (Side side : Side.values()) {
            add(line("estimate-" + side.name().toLowerCase(Locale.ROOT), estimate(project.estimates(), side, locale)));
        }
        add(line(
                "roi-case", roiCase(project.roiCase(), project.requestedBudget().currency(), locale)));
        assessment(project.assessment()).forEach(text -> add(line("assessment", text)));
        List<String> approvers = project.changes().stream()
                .filter(given -> given.changeId().equals(changeId))
                .flatMap(given -> given.standingApprovals().stream())
                .map(approval -> "approved by " + approval.approverName())
                .toList();
        if (!approvers.isEmpty()) {
            add(line("approved-by", String.join(" \u00b7 ", approvers)));
        }
    }

    /** The versions of the estimates and the ROI case shown. */
    ApprovalBasis basis() {
        return basis;
    }

    private static Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }

    private static String estimate(List<EstimateRow> estimates, Side side, Locale locale) {
        Optional<EstimateRow> latest = estimates.stream()
                .filter(estimate -> estimate.side() == side)
                .max(Comparator.comparingInt(EstimateRow::version));
        if (latest.isEmpty()) {
            return side.label() + " estimate: none yet";
        }
        EstimateRow e = latest.get();
        return side.label() + " estimate v" + e.version() + ": " + Formats.money(e.oneTimeCost(), locale)
                + " one-time, " + Formats.money(e.recurringYearlyCost(), locale) + " a year, "
                + Formats.money(e.totalCost(), locale) + " over " + e.horizonYears() + " years (range "
                + Formats.money(e.low(), locale) + " to " + Formats.money(e.high(), locale) + ")";
    }

    private static String roiCase(RoiCaseRow roi, String currency, Locale locale) {
        if (roi == null) {
            return "ROI case: none yet";
        }
        RoiFigures f = roi.figures();
        List<String> parts = new ArrayList<>();
        parts.add("NPV " + Formats.money(new Money(f.npv(), currency), locale) + " at "
                + Formats.percent(roi.discountRatePercent(), locale));
        parts.add("IRR " + optional(f.irrPercent(), locale, true));
        parts.add("payback " + (f.paybackYears() == null ? "beyond the horizon" : f.paybackYears() + " years"));
        parts.add("ROI " + optional(f.roiPercent(), locale, true));
        List<String> benefits = new ArrayList<>();
        for (ExpectedBenefit benefit : roi.benefits()) {
            benefits.add(benefit.metric() + " " + Formats.money(benefit.yearlyAmount(), locale) + " a year");
        }
        return "ROI case v" + roi.version() + " (on estimate v" + roi.estimateVersion() + "): "
                + String.join(", ", parts) + "; benefits: " + String.join(", ", benefits);
    }

    private static String optional(BigDecimal value, Locale locale, boolean percent) {
        return value == null ? "n/a" : percent ? Formats.percent(value, locale) : value.toPlainString();
    }

    /**
     * Round 0's answers, one line per question: "Clear ROI: Finance 4 (“Measured monthly”), IT 3 (...)"; or
     * what is missing.
     */
    private static List<String> assessment(List<AssessmentAnswerRow> answers) {
        List<AssessmentAnswerRow> first =
                answers.stream().filter(answer -> answer.round() == 0).toList();
        long sides = first.stream().map(AssessmentAnswerRow::side).distinct().count();
        if (sides == 0) {
            return List.of("Assessment: not answered yet");
        }
        List<String> lines = new ArrayList<>();
        lines.add(sides < 2 ? "Assessment, answered by one side so far:" : "Assessment, answered by both sides:");
        for (AssessmentQuestion question : AssessmentQuestion.values()) {
            List<String> given = new ArrayList<>();
            for (Side side : Side.values()) {
                first.stream()
                        .filter(answer -> answer.question() == question && answer.side() == side)
                        .findFirst()
                        .ifPresent(answer -> given.add(
                                side.label() + " " + answer.rating() + " (\u201c" + answer.rationale() + "\u201d)"));
            }
            lines.add(Formats.words(question) + ": " + String.join(", ", given));
        }
        return lines;
    }
}
