package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RecordRoiCase;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.project.roi.RoiCalculator;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The expected yearly benefits, each with the metric it is measured by. NPV, IRR, payback and ROI are
 * recomputed as one types, from the latest estimate and the year's discount rate, exactly as the ledger will
 * record them.
 */
public class RoiCaseDialog extends CommandDialog {

    private static final int ROWS = 3;

    private final UUID projectId;
    private final String currency;
    private final EstimateRow estimate;
    private final BigDecimal discountRate;
    private final List<ComboBox<BenefitCategory>> categories = new ArrayList<>();
    private final List<TextField> metrics = new ArrayList<>();
    private final List<TextField> targets = new ArrayList<>();
    private final List<BigDecimalField> amounts = new ArrayList<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Span preview = new Span();

    public RoiCaseDialog(
            ProjectDetail project, BigDecimal discountRate, CommandGateway commands, CurrentUser currentUser) {
        super(
                "The ROI case of \u201c" + project.title() + "\u201d",
                "Record ROI case",
                "roi-submit",
                commands,
                currentUser);
        this.projectId = project.id();
        this.currency = project.requestedBudget().currency();
        this.estimate = project.estimates().isEmpty()
                ? null
                : project.estimates().get(project.estimates().size() - 1);
        this.discountRate = discountRate;
        add(new Paragraph(
                estimate == null
                        ? "Submit a cost estimate first: the figures are computed from it."
                        : "Computed from estimate version " + estimate.version() + " over " + estimate.horizonYears()
                                + " years at a discount rate of "
                                + discountRate.stripTrailingZeros().toPlainString() + " %."));
        for (int i = 0; i < ROWS; i++) {
            ComboBox<BenefitCategory> category = new ComboBox<>("Kind of benefit");
            category.setItems(BenefitCategory.values());
            category.setItemLabelGenerator(Formats::words);
            category.setId("benefit-category-" + i);
            TextField metric = new TextField("Measured by");
            metric.setId("benefit-metric-" + i);
            TextField target = new TextField("Target");
            target.setId("benefit-target-" + i);
            BigDecimalField amount = new BigDecimalField("Yearly amount");
            amount.setId("benefit-amount-" + i);
            amount.setValueChangeMode(ValueChangeMode.EAGER);
            amount.addValueChangeListener(change -> recompute());
            categories.add(category);
            metrics.add(metric);
            targets.add(target);
            amounts.add(amount);
            fields.put("benefits[" + i + "].category", category);
            fields.put("benefits[" + i + "].metric", metric);
            fields.put("benefits[" + i + "].yearlyAmount.amount", amount);
            FormLayout row = new FormLayout(category, metric, target, amount);
            row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
            add(row);
        }
        preview.setId("roi-preview");
        preview.getStyle().set("font-weight", "600");
        add(preview);
        recompute();
    }

    private void recompute() {
        if (estimate == null) {
            preview.setText("");
            return;
        }
        BigDecimal yearly = amounts.stream()
                .map(BigDecimalField::getValue)
                .filter(v -> v != null && v.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        RoiFigures figures = RoiCalculator.figuresFor(
                new CashFlowPlan(
                        estimate.oneTimeCost().amount(),
                        estimate.recurringYearlyCost().amount(),
                        yearly,
                        estimate.horizonYears()),
                discountRate);
        Locale locale = getLocale() == null ? Locale.getDefault() : getLocale();
        preview.setText("NPV " + Formats.money(new Money(figures.npv(), currency), locale)
                + " \u00b7 IRR " + Formats.percent(figures.irrPercent(), locale)
                + " \u00b7 payback "
                + (figures.paybackYears() == null
                        ? "beyond the horizon"
                        : figures.paybackYears().stripTrailingZeros().toPlainString() + " years")
                + " \u00b7 ROI " + Formats.percent(figures.roiPercent(), locale));
    }

    @Override
    Object command(Actor actor) {
        List<ExpectedBenefit> benefits = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            boolean empty = categories.get(i).getValue() == null
                    && metrics.get(i).isEmpty()
                    && amounts.get(i).getValue() == null;
            if (!empty) {
                benefits.add(new ExpectedBenefit(
                        categories.get(i).getValue(),
                        metrics.get(i).getValue(),
                        targets.get(i).getValue(),
                        amounts.get(i).getValue() == null
                                ? null
                                : new Money(amounts.get(i).getValue(), currency)));
            }
        }
        return new RecordRoiCase(projectId, benefits, actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return fields;
    }

    @Override
    String doneMessage() {
        return "ROI case recorded";
    }
}
