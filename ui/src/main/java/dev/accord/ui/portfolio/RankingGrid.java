package dev.accord.ui.portfolio;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.Formats;
import dev.accord.ui.project.ProjectView;
import java.util.Locale;

/**
 * Every project of the year in ranking order, its score and what the score is made of, with what it asks, holds and
 * has spent, and whether it still fits. Titles and score parts are not cut short: the grid scrolls sideways instead.
 */
class RankingGrid extends Grid<RankedProject> {

    RankingGrid() {
        setId("ranking");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(RankedProject::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(p -> new RouterLink(
                        p.title(), ProjectView.class, p.projectId().toString()))
                .setHeader("Project")
                .setWidth("14rem")
                .setFlexGrow(3);
        addColumn(p -> Formats.words(p.status())).setHeader("Status").setAutoWidth(true);
        addColumn(p -> ByDepartment.name(p.department()))
                .setHeader("Department")
                .setAutoWidth(true);
        ScoreColumns.addTo(this, this::locale);
        addColumn(p -> Formats.percent(p.roiPercent(), locale()))
                .setHeader("ROI")
                .setAutoWidth(true);
        addColumn(p -> p.npv() == null
                        ? "\u2014"
                        : Formats.money(new Money(p.npv(), p.requestedBudget().currency()), locale()))
                .setHeader("NPV")
                .setAutoWidth(true);
        addColumn(p -> Formats.money(p.requestedBudget(), locale()))
                .setHeader("Requested")
                .setAutoWidth(true);
        addColumn(p -> Formats.money(p.allocated(), locale()))
                .setHeader("Allocated")
                .setAutoWidth(true);
        addColumn(p -> Formats.money(p.spendToDate(), locale()))
                .setHeader("Spent")
                .setAutoWidth(true);
        addColumn(p -> p.fitsRemaining() ? "Yes" : "No, exceeds what is left")
                .setHeader("Fits")
                .setAutoWidth(true);
        setEmptyStateText("No projects in this fiscal year yet.");
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
