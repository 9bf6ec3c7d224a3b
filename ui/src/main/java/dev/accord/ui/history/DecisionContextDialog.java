package dev.accord.ui.history;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.history.api.CommentEntry;
import dev.accord.domain.history.api.DecisionContext;
import dev.accord.domain.history.api.FindDecisionContext;
import dev.accord.domain.history.api.Hindsight;
import dev.accord.domain.integrity.api.ApprovalCoverage;
import dev.accord.domain.integrity.api.FindApprovalCoverage;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.ScrollingText;
import dev.accord.ui.base.SideBadge;
import dev.accord.ui.integrity.CoverageNote;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A decision with what it rested on: the change and its approvals as they stood, the estimates, ROI case, assessment
 * answers and conversation of that moment, and what the ledger learned afterwards; each approval says which signed
 * checkpoint first covers it, so that from then on it cannot be changed without the proofs showing it.
 */
public class DecisionContextDialog extends Dialog {

    private DecisionContextDialog(DecisionContext context, List<ApprovalCoverage> coverage, Locale locale) {
        setHeaderTitle("What was on the table");
        setId("decision-context");
        setWidth("min(60rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        HorizontalLayout who =
                new HorizontalLayout(new Span(context.decision().actor().displayName()));
        if (context.decision().actor().side() != null) {
            who.add(new SideBadge(context.decision().actor().side()));
        }
        who.add(new Span(Formats.instant(context.decision().at(), locale)));
        Paragraph decision = new Paragraph(context.decision().summary());
        decision.setId("decision-summary");
        decision.getStyle().set("font-weight", "600");
        body.add(decision, who);
        if (context.change() != null) {
            body.add(change(context.change(), coverage, locale));
        }
        ProjectDetail then = context.onTheTable();
        body.add(
                new H4("Estimates then"),
                estimates(then, locale),
                new H4("ROI case then"),
                roi(then, locale),
                new H4("Assessment answers then"),
                assessment(then),
                new H4("The conversation up to the decision"),
                comments(context, locale),
                new H4("What we learned afterwards"),
                afterwards(context.afterwards(), locale));
        add(ScrollingText.reachableByKeyboard(body, "What was on the table"));
        Button close = new Button("Close", click -> close());
        close.setId("decision-context-close");
        getFooter().add(close);
    }

    /** Opens the context of the decision taken at that step; says so if the step took no decision. */
    public static void open(QueryGateway queries, UUID projectId, long sequence, Locale locale) {
        Optional<DecisionContext> context = queries.query(
                        new FindDecisionContext(projectId, sequence),
                        ResponseTypes.optionalInstanceOf(DecisionContext.class))
                .join();
        context.ifPresent(c -> new DecisionContextDialog(
                        c,
                        c.change() == null
                                ? List.of()
                                : coverage(queries, projectId, c.change().changeId(), sequence),
                        locale)
                .open());
    }

    /** The checkpoints covering the approvals; the context still opens, without them, if they cannot be read. */
    private static List<ApprovalCoverage> coverage(QueryGateway queries, UUID projectId, UUID changeId, long sequence) {
        return queries.query(
                        new FindApprovalCoverage(projectId, changeId, sequence),
                        ResponseTypes.multipleInstancesOf(ApprovalCoverage.class))
                .exceptionally(notNow -> List.of())
                .join();
    }

    /**
     * @param coverage the approvals' events in the order given, as the change lists its approvals; a list that does
     *                 not line up (it should always) shows no coverage rather than the wrong one
     */
    private static Component change(ChangeRow change, List<ApprovalCoverage> coverage, Locale locale) {
        boolean linesUp = coverage.size() == change.approvals().size();
        Div card = new Div();
        card.setId("decision-change");
        card.add(new H4(Formats.words(change.kind()) + " \u00b7 version " + change.version() + " \u00b7 "
                + change.state().name().toLowerCase(Locale.ROOT)));
        String terms = change.terms().budget() != null
                ? Formats.money(change.terms().budget(), locale)
                : change.terms().describe();
        if (!terms.isEmpty()) {
            card.add(new Paragraph(terms));
        }
        card.add(new Paragraph(
                "Requested by " + change.requestedBy().displayName() + ": \u201c" + change.rationale() + "\u201d"));
        if (change.decisionReason() != null) {
            card.add(new Paragraph("Reason given: \u201c" + change.decisionReason() + "\u201d"));
        }
        for (int i = 0; i < change.approvals().size(); i++) {
            ApprovalRow approval = change.approvals().get(i);
            HorizontalLayout line = new HorizontalLayout(
                    new Span((approval.voided() ? "Voided by a revision: " : "\u2713 ") + approval.approverName()
                            + " approved version " + approval.version()),
                    new SideBadge(approval.approver().side()),
                    new Span(Formats.instant(approval.at(), locale)));
            if (approval.comment() != null && !approval.comment().isBlank()) {
                line.add(new Span("\u201c" + approval.comment() + "\u201d"));
            }
            if (linesUp
                    && coverage.get(i).approverId().equals(approval.approver().userId())) {
                line.add(new CoverageNote(coverage.get(i).checkpoint(), locale));
            }
            if (approval.voided()) {
                line.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-secondary-text-color)");
            }
            line.addClassName("decision-approval");
            card.add(line);
        }
        return card;
    }

    private static Component estimates(ProjectDetail then, Locale locale) {
        if (then.estimates().isEmpty()) {
            return new Paragraph("No estimate had been submitted.");
        }
        Grid<EstimateRow> grid = new Grid<>();
        grid.setId("decision-estimates");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(EstimateRow::version).setHeader("Version").setAutoWidth(true);
        grid.addColumn(e -> e.side().label() + " (" + e.submittedBy() + ")")
                .setHeader("By")
                .setAutoWidth(true);
        grid.addColumn(e -> Formats.money(e.oneTimeCost(), locale)).setHeader("One-time");
        grid.addColumn(e -> Formats.money(e.recurringYearlyCost(), locale)).setHeader("Yearly");
        grid.addColumn(e -> Formats.money(e.low(), locale) + " \u2013 " + Formats.money(e.high(), locale))
                .setHeader("Range");
        grid.setItems(then.estimates());
        return grid;
    }

    private static Component roi(ProjectDetail then, Locale locale) {
        RoiCaseRow roi = then.roiCase();
        if (roi == null) {
            return new Paragraph("No ROI case had been recorded.");
        }
        String currency = then.requestedBudget().currency();
        FlexLayout figures = new FlexLayout(
                new Figure("NPV", Formats.money(new Money(roi.figures().npv(), currency), locale), "decision-npv"),
                new Figure("ROI", Formats.percent(roi.figures().roiPercent(), locale), "decision-roi"),
                new Figure("IRR", Formats.percent(roi.figures().irrPercent(), locale), "decision-irr"),
                new Figure("Discount rate", Formats.percent(roi.discountRatePercent(), locale), "decision-rate"));
        figures.getStyle().set("gap", "var(--lumo-space-l)");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return new Div(
                new Span("Version " + roi.version() + " by " + roi.recordedBy() + ", from estimate version "
                        + roi.estimateVersion()),
                figures);
    }

    private static Component assessment(ProjectDetail then) {
        if (then.assessment().isEmpty()) {
            return new Paragraph("The four questions had not been answered.");
        }
        Grid<AssessmentAnswerRow> grid = new Grid<>();
        grid.setId("decision-assessment");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> a.round() == 0 ? "Approval" : "Reassessment " + a.round())
                .setHeader("Round")
                .setAutoWidth(true);
        grid.addColumn(a -> a.side().label()).setHeader("Side").setAutoWidth(true);
        grid.addColumn(a -> Formats.words(a.question())).setHeader("Question");
        grid.addColumn(AssessmentAnswerRow::rating)
                .setHeader(
                        "Rating (" + AssessmentAnswer.LOWEST_RATING + "\u2013" + AssessmentAnswer.HIGHEST_RATING + ")")
                .setAutoWidth(true);
        grid.addColumn(AssessmentAnswerRow::rationale).setHeader("Why");
        grid.setItems(then.assessment());
        return grid;
    }

    private static Component comments(DecisionContext context, Locale locale) {
        if (context.comments().isEmpty()) {
            return new Paragraph("Nobody had commented.");
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("decision-comments");
        for (CommentEntry comment : context.comments()) {
            HorizontalLayout line =
                    new HorizontalLayout(new Span(comment.author().displayName()));
            if (comment.author().side() != null) {
                line.add(new SideBadge(comment.author().side()));
            }
            line.add(new Span(Formats.instant(comment.at(), locale)), new Span("\u201c" + comment.text() + "\u201d"));
            list.add(line);
        }
        return list;
    }

    private static Component afterwards(Hindsight hindsight, Locale locale) {
        FlexLayout figures = new FlexLayout(
                new Figure(
                        "Approved budget then",
                        Formats.money(hindsight.approvedBudgetThen(), locale),
                        "hindsight-budget-then"),
                new Figure(
                        "Approved budget now",
                        Formats.money(hindsight.approvedBudgetNow(), locale),
                        "hindsight-budget-now"),
                new Figure(
                        "Spent to date",
                        Formats.money(hindsight.spendToDate(), locale)
                                + (hindsight.spendShareOfBudget() == null
                                        ? ""
                                        : " (" + Formats.percent(hindsight.spendShareOfBudget(), locale) + " of then)"),
                        "hindsight-spend"),
                new Figure(
                        "Yearly benefits promised then",
                        Formats.money(hindsight.expectedYearlyBenefitsThen(), locale),
                        "hindsight-benefits-promised"),
                new Figure(
                        "Benefits realised to date",
                        Formats.money(hindsight.benefitsToDate(), locale),
                        "hindsight-benefits"),
                new Figure("Status now", Formats.words(hindsight.statusNow()), "hindsight-status"));
        figures.getStyle().set("gap", "var(--lumo-space-l)");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Span months = new Span(
                hindsight.monthsAfter().isEmpty()
                        ? "No actuals have been recorded since."
                        : hindsight.monthsAfter().size() + " month(s) of actuals recorded since: "
                                + hindsight.monthsAfter().stream()
                                        .map(m -> m.period() + " " + Formats.money(m.spend(), locale))
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse(""));
        months.setId("hindsight-months");
        return new Div(figures, months);
    }
}
