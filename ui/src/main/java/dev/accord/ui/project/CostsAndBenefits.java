package dev.accord.ui.project;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.ui.base.Formats;
import java.util.Locale;

/** Every estimate version from either side, and the ROI case's benefits with the estimate it was computed from. */
class CostsAndBenefits extends VerticalLayout {

    private final Grid<EstimateRow> estimates = new Grid<>();
    private final Grid<ExpectedBenefit> benefits = new Grid<>();
    private final Paragraph roiBasis = new Paragraph();

    CostsAndBenefits() {
        setPadding(false);
        estimates.setId("estimates");
        estimates.addThemeVariants(GridVariant.LUMO_COMPACT);
        estimates.setAllRowsVisible(true);
        estimates
                .addColumn(EstimateRow::version)
                .setHeader("Version")
                .setAutoWidth(true)
                .setFlexGrow(0);
        estimates
                .addColumn(e -> e.side().label() + " \u00b7 " + e.submittedBy())
                .setHeader("By")
                .setAutoWidth(true);
        estimates
                .addColumn(e -> Formats.money(e.oneTimeCost(), locale()))
                .setHeader("One-time")
                .setAutoWidth(true);
        estimates
                .addColumn(e -> Formats.money(e.recurringYearlyCost(), locale()))
                .setHeader("A year")
                .setAutoWidth(true);
        estimates.addColumn(EstimateRow::horizonYears).setHeader("Years").setAutoWidth(true);
        estimates
                .addColumn(e -> Formats.money(e.totalCost(), locale()))
                .setHeader("Over the years")
                .setAutoWidth(true);
        estimates
                .addColumn(e -> Formats.money(e.low(), locale()) + " \u2013 " + Formats.money(e.high(), locale()))
                .setHeader("Range")
                .setAutoWidth(true);
        estimates.addColumn(EstimateRow::assumptions).setHeader("Assumptions").setFlexGrow(1);
        estimates.setEmptyStateText("No estimate yet.");

        benefits.setId("roi-benefits");
        benefits.addThemeVariants(GridVariant.LUMO_COMPACT);
        benefits.setAllRowsVisible(true);
        benefits.addColumn(b -> Formats.words(b.category()))
                .setHeader("Benefit")
                .setAutoWidth(true);
        benefits.addColumn(ExpectedBenefit::metric).setHeader("Measured by").setAutoWidth(true);
        benefits.addColumn(ExpectedBenefit::target).setHeader("Target").setAutoWidth(true);
        benefits.addColumn(b -> Formats.money(b.yearlyAmount(), locale()))
                .setHeader("A year")
                .setAutoWidth(true);
        benefits.setEmptyStateText("No ROI case yet.");
        add(new H3("Estimates"), estimates, new H3("ROI case"), roiBasis, benefits);
    }

    void show(ProjectDetail project) {
        estimates.setItems(project.estimates());
        RoiCaseRow roi = project.roiCase();
        benefits.setItems(roi == null ? java.util.List.of() : roi.benefits());
        roiBasis.setText(
                roi == null
                        ? ""
                        : "Version " + roi.version() + " by " + roi.recordedBy()
                                + ", computed from estimate version " + roi.estimateVersion()
                                + " at a discount rate of "
                                + Formats.percent(roi.discountRatePercent(), locale()) + ".");
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
