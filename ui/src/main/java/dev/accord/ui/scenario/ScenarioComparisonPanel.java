package dev.accord.ui.scenario;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.scenario.api.ProjectDifference;
import dev.accord.domain.scenario.api.SavedScenario;
import dev.accord.domain.scenario.api.ScenarioComparison;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Two saved scenarios side by side: their figures, the difference, and what each does with every project. */
class ScenarioComparisonPanel extends VerticalLayout {

    ScenarioComparisonPanel() {
        setId("scenario-comparison");
        setPadding(false);
        setVisible(false);
    }

    void show(SavedScenario first, SavedScenario second, ScenarioComparison comparison, Locale locale) {
        removeAll();
        setVisible(true);
        add(new H3("\u201c" + first.name() + "\u201d against \u201c" + second.name() + "\u201d"));
        FlexLayout sides = new FlexLayout();
        sides.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sides.getStyle().set("gap", "var(--lumo-space-xl)");
        sides.setWidthFull();
        sides.add(
                side(first.name(), "first-", comparison.first(), locale),
                side(second.name(), "second-", comparison.second(), locale),
                differences(comparison, locale));
        add(sides, projects(comparison, locale));
    }

    private static Div side(
            String name, String prefix, dev.accord.domain.scenario.api.ScenarioEvaluation evaluation, Locale locale) {
        ScenarioFigures figures = new ScenarioFigures(prefix);
        figures.show(evaluation, locale);
        Div side = new Div(new H4(name), figures);
        side.getStyle().set("flex", "1 1 24rem");
        return side;
    }

    private static Div differences(ScenarioComparison comparison, Locale locale) {
        String currency = comparison.totalDifference().currency();
        Div side = new Div(
                new H4("Second less first"),
                new Figure("Total", signed(comparison.totalDifference(), locale), "difference-total"),
                new Figure(
                        "NPV",
                        comparison.npvDifference() == null
                                ? "\u2014"
                                : signed(new Money(comparison.npvDifference(), currency), locale),
                        "difference-npv"),
                new Figure("ROI", points(comparison.roiDifference(), locale), "difference-roi"));
        side.getStyle().set("flex", "0 1 12rem");
        return side;
    }

    private static Grid<ProjectDifference> projects(ScenarioComparison comparison, Locale locale) {
        Grid<ProjectDifference> grid = new Grid<>();
        grid.setId("scenario-differences");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ProjectDifference::rank)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ProjectDifference::title).setHeader("Project").setFlexGrow(3);
        grid.addColumn(d -> amount(d.first(), d.fitsInFirst(), locale))
                .setHeader("First")
                .setAutoWidth(true);
        grid.addColumn(d -> amount(d.second(), d.fitsInSecond(), locale))
                .setHeader("Second")
                .setAutoWidth(true);
        grid.addColumn(d -> d.differs() ? signed(d.difference(), locale) : "Same")
                .setHeader("Difference")
                .setAutoWidth(true);
        grid.setItems(comparison.projects());
        return grid;
    }

    private static String amount(Money amount, Boolean fits, Locale locale) {
        if (amount == null) {
            return "Left out";
        }
        return Formats.money(amount, locale) + (Boolean.TRUE.equals(fits) ? "" : " (does not fit)");
    }

    /** "+€50,000.00" and "−€50,000.00": a difference reads with its sign. */
    private static String signed(Money difference, Locale locale) {
        String magnitude = Formats.money(new Money(difference.amount().abs(), difference.currency()), locale);
        return switch (difference.amount().signum()) {
            case 1 -> "+" + magnitude;
            case -1 -> "\u2212" + magnitude;
            default -> magnitude;
        };
    }

    private static String points(BigDecimal difference, Locale locale) {
        if (difference == null) {
            return "\u2014";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        String magnitude = format.format(difference.abs()) + " pp";
        return switch (difference.signum()) {
            case 1 -> "+" + magnitude;
            case -1 -> "\u2212" + magnitude;
            default -> magnitude;
        };
    }
}
