package dev.accord.ui.actualsimport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import dev.accord.domain.project.api.ActualsProblem;
import dev.accord.domain.project.api.ActualsSheetCheck;
import dev.accord.domain.project.api.ActualsSheetRow;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.Formats;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every row of the uploaded file as it would be recorded, with its problems beside it: the row number the
 * spreadsheet shows, the project it names, the month, the spend and each metric's benefit.
 */
class ActualsPreviewGrid extends Grid<ActualsSheetRow> {

    ActualsPreviewGrid() {
        setId("import-preview");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setVisible(false);
    }

    void show(ActualsSheetCheck check, Locale locale) {
        removeAllColumns();
        addColumn(ActualsSheetRow::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> row.projectTitle() != null ? row.projectTitle() : row.project())
                .setHeader("Project")
                .setFlexGrow(2);
        addColumn(row -> row.period() == null ? "" : row.period().toString())
                .setHeader("Month")
                .setAutoWidth(true);
        addColumn(row -> amount(row.spend(), locale)).setHeader("Spend").setAutoWidth(true);
        for (String metric : check.metrics()) {
            addColumn(row -> row.benefits().stream()
                            .filter(benefit -> benefit.metric().equals(metric))
                            .map(RealisedBenefit::amount)
                            .map(amount -> amount(amount, locale))
                            .findFirst()
                            .orElse(""))
                    .setHeader(metric)
                    .setAutoWidth(true);
        }
        addComponentColumn(ActualsPreviewGrid::problems).setHeader("Problems").setFlexGrow(3);
        setItems(check.rows());
        setPartNameGenerator(row -> row.isValid() ? null : "import-row-invalid");
        setVisible(!check.rows().isEmpty());
    }

    void clear() {
        setItems();
        setVisible(false);
    }

    private static Span problems(ActualsSheetRow row) {
        if (row.isValid()) {
            Span ok = new Span("Ready");
            ok.getElement().getThemeList().add("badge success");
            return ok;
        }
        Span problems = new Span(
                row.problems().stream().map(ActualsPreviewGrid::sentence).collect(Collectors.joining(" · ")));
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.addClassName("import-row-problems");
        return problems;
    }

    static String sentence(ActualsProblem problem) {
        return problem.column() + ": " + problem.message();
    }

    private static String amount(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        // Exactly as written when the ledger would refuse it for its decimals: rounding would hide the problem.
        if (money.amount().stripTrailingZeros().scale() > 2) {
            return money.amount().toPlainString() + " " + money.currency();
        }
        return Formats.money(money, locale);
    }
}
