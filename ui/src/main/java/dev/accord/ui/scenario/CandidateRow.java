package dev.accord.ui.scenario;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.scenario.api.ScenarioCandidate;
import dev.accord.domain.scenario.api.ScenarioLine;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.Formats;
import dev.accord.ui.project.ProjectView;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/**
 * One project of the year in the scenario builder: whether it is in the set, the amount the set gives it, and what
 * the evaluation says of it. Its components stay while the figures change around them, so typing is never
 * interrupted.
 */
class CandidateRow extends Div {

    /** Include, rank, project, status, budget now, amount, fits, NPV, ROI. */
    static final String COLUMNS = "2.5rem 2rem minmax(10rem, 3fr) 5.5rem 8rem 10rem 7rem 8rem 4.5rem";

    private final UUID projectId;
    private final Locale locale;
    private final Checkbox include = new Checkbox();
    private final Span rank = new Span();
    private final Span status = new Span();
    private final Span currentBudget = new Span();
    private final BigDecimalField amount = new BigDecimalField();
    private final Span fits = new Span();
    private final Span npv = new Span();
    private final Span roi = new Span();
    private ScenarioCandidate candidate;

    CandidateRow(ScenarioCandidate candidate, Locale locale, Runnable changed) {
        this.projectId = candidate.projectId();
        this.locale = locale;
        addClassName("scenario-candidate");
        layOut(this);
        include.setId("include-" + projectId);
        include.setAriaLabel("Include " + candidate.project().title());
        include.addValueChangeListener(change -> {
            if (change.getValue() && amount.getValue() == null) {
                amount.setValue(this.candidate.currentBudget().amount());
            }
            amount.setEnabled(change.getValue());
            changed.run();
        });
        amount.setId("amount-" + projectId);
        amount.setAriaLabel("Amount for " + candidate.project().title());
        amount.setValueChangeMode(ValueChangeMode.LAZY);
        amount.setEnabled(false);
        amount.setWidthFull();
        amount.addValueChangeListener(change -> changed.run());
        fits.setId("fits-" + projectId);
        npv.setId("npv-" + projectId);
        add(
                include,
                rank,
                new RouterLink(candidate.project().title(), ProjectView.class, projectId.toString()),
                status,
                currentBudget,
                amount,
                fits,
                npv,
                roi);
        update(candidate);
    }

    /** The header above the rows, in the same columns. */
    static Div header() {
        Div header = new Div();
        layOut(header);
        header.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        for (String caption :
                new String[] {"", "#", "Project", "Status", "Budget now", "Amount", "Fits", "NPV", "ROI"}) {
            header.add(new Span(caption));
        }
        return header;
    }

    private static void layOut(Div row) {
        row.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", COLUMNS)
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    }

    UUID projectId() {
        return projectId;
    }

    /** The project as the year now ranks it; what the person chose stays. */
    void update(ScenarioCandidate now) {
        candidate = now;
        rank.setText(String.valueOf(now.project().rank()));
        status.setText(Formats.words(now.project().status()));
        currentBudget.setText(Formats.money(now.currentBudget(), locale));
        amount.setSuffixComponent(new Span(now.currentBudget().currency()));
    }

    boolean included() {
        return include.getValue();
    }

    /** The amount typed, in the project's currency; null while the field is empty. */
    Money amount() {
        return amount.getValue() == null
                ? null
                : new Money(amount.getValue(), candidate.currentBudget().currency());
    }

    /** Puts the row in the set at this amount, or takes it out (null). */
    void choose(BigDecimal chosen) {
        amount.setValue(chosen);
        include.setValue(chosen != null);
        amount.setEnabled(chosen != null);
    }

    void showProblem(String message) {
        amount.setErrorMessage(message);
        amount.setInvalid(true);
    }

    /** What the evaluation says of the project; null when it is not in the set or the set has no evaluation. */
    void show(ScenarioLine line) {
        amount.setInvalid(false);
        if (line == null) {
            fits.setText("");
            npv.setText("");
            roi.setText("");
            return;
        }
        fits.setText(line.fits() ? "Fits" : "Does not fit");
        fits.getStyle().set("color", line.fits() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        npv.setText(
                line.npv() == null
                        ? "No ROI case"
                        : Formats.money(new Money(line.npv(), line.amount().currency()), locale));
        roi.setText(Formats.percent(line.roiPercent(), locale));
    }
}
