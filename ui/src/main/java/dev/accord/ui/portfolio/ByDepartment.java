package dev.accord.ui.portfolio;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.portfolio.api.DepartmentTotal;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.ui.base.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fiscal year read by requesting department: what each department's projects ask for, hold and have spent, so
 * the year's budget can be weighed against each department's needs as well as the company's. Choosing a department
 * shows only its projects in the ranking (keeping their rank in the year); choosing it again shows all.
 */
class ByDepartment extends VerticalLayout {

    static final String NONE = "No department";

    private final Grid<DepartmentTotal> totals = new Grid<>();
    private final Span showing = new Span();
    private final RankingGrid ranking;
    /** The year's projects as last read, which the ranking shows all or one department of. */
    private List<RankedProject> projects = List.of();

    /** @param ranking shown the projects of the department chosen, or all of them */
    ByDepartment(RankingGrid ranking) {
        this.ranking = ranking;
        setPadding(false);
        totals.setId("department-totals");
        totals.addThemeVariants(GridVariant.LUMO_COMPACT);
        totals.setAllRowsVisible(true);
        totals.addColumn(total -> name(total.department()))
                .setHeader("Department")
                .setFlexGrow(2);
        totals.addColumn(DepartmentTotal::projects).setHeader("Projects").setAutoWidth(true);
        totals.addColumn(total -> Formats.money(total.requested(), locale()))
                .setHeader("Requested")
                .setAutoWidth(true);
        totals.addColumn(total -> Formats.money(total.allocated(), locale()))
                .setHeader("Allocated (approved)")
                .setAutoWidth(true);
        totals.addColumn(total -> Formats.money(total.spendToDate(), locale()))
                .setHeader("Spent")
                .setAutoWidth(true);
        totals.setEmptyStateText("No projects in this fiscal year yet.");
        totals.addSelectionListener(chosen -> {
            showing.setText(chosen.getFirstSelectedItem()
                    .map(total -> "Ranking: the projects of " + name(total.department())
                            + " only. Choose it again to see every department's.")
                    .orElse("Choose a department to rank only its projects."));
            showRanking();
        });
        showing.setId("department-choice");
        showing.setText("Choose a department to rank only its projects.");
        showing.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H3("By department"), totals, showing);
    }

    /** The year's totals and its ranking; a department chosen before stays chosen while the year still has it. */
    void show(PortfolioSummary view) {
        projects = view.projects();
        Optional<String> before = chosen().map(total -> name(total.department()));
        totals.setItems(view.departments());
        before.flatMap(name -> view.departments().stream()
                        .filter(total -> name(total.department()).equals(name))
                        .findFirst())
                .ifPresentOrElse(totals::select, totals::deselectAll);
        showRanking();
    }

    /** Nothing shown while another year loads. */
    void clear() {
        projects = List.of();
        totals.setItems(List.of());
        ranking.setItems(List.of());
    }

    /** The projects of the chosen department, or all of them while none is chosen. */
    private void showRanking() {
        ranking.setItems(chosen().map(total -> projects.stream()
                        .filter(project -> Objects.equals(project.department(), total.department()))
                        .toList())
                .orElse(projects));
    }

    private Optional<DepartmentTotal> chosen() {
        return totals.getSelectedItems().stream().findFirst();
    }

    static String name(String department) {
        return department == null ? NONE : department;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
