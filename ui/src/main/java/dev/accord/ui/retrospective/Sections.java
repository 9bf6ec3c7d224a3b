package dev.accord.ui.retrospective;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.accord.domain.retrospective.api.DecisionCounts;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.retrospective.api.Participant;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import java.util.List;
import java.util.Locale;

/** The parts both retrospectives share: headings, rows of figures, months, counts and people. */
final class Sections {

    private Sections() {}

    static H3 heading(String text) {
        H3 heading = new H3(text);
        heading.getStyle().set("margin-top", "var(--lumo-space-l)");
        return heading;
    }

    static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        return note;
    }

    static FlexLayout figures(Figure... figures) {
        FlexLayout row = new FlexLayout(figures);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-xl)");
        return row;
    }

    static Grid<MonthPlanVersusActual> months(String id, List<MonthPlanVersusActual> months, Locale locale) {
        Grid<MonthPlanVersusActual> grid = grid(id);
        grid.addColumn(m -> m.period().toString()).setHeader("Month");
        grid.addColumn(m -> Formats.money(m.spend(), locale)).setHeader("Spend");
        grid.addColumn(m -> Formats.money(m.spendToDate(), locale)).setHeader("Spend to date");
        grid.addColumn(m -> Formats.money(m.budgetInForce(), locale)).setHeader("Plan (budget)");
        grid.addColumn(m -> Formats.money(m.benefitsRealisedToDate(), locale)).setHeader("Benefits to date");
        grid.addColumn(m -> Formats.money(m.benefitsExpectedToDate(), locale)).setHeader("Expected to date");
        grid.setItems(months);
        grid.setEmptyStateText("No actuals recorded yet.");
        return grid;
    }

    static Component counts(DecisionCounts counts) {
        return figures(
                new Figure("Changes requested", String.valueOf(counts.changesRequested()), "count-requested"),
                new Figure("Took effect", String.valueOf(counts.tookEffect()), "count-took-effect"),
                new Figure("Revisions", String.valueOf(counts.revisions()), "count-revisions"),
                new Figure("Rejections", String.valueOf(counts.rejections()), "count-rejections"),
                new Figure("Withdrawals", String.valueOf(counts.withdrawals()), "count-withdrawals"),
                new Figure("Reassessments", String.valueOf(counts.reassessments()), "count-reassessments"),
                new Figure("Approvals given", String.valueOf(counts.approvalsGiven()), "count-approvals"),
                new Figure("Comments", String.valueOf(counts.comments()), "count-comments"));
    }

    static Grid<Participant> participants(List<Participant> participants) {
        Grid<Participant> grid = grid("participants");
        grid.addColumn(p -> p.side().label())
                .setHeader("Side")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Participant::displayName)
                .setHeader("Person")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Participant::describe).setHeader("What they did").setFlexGrow(1);
        grid.setItems(participants);
        grid.setEmptyStateText("Nobody has acted on this yet.");
        return grid;
    }

    static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static String percent(java.math.BigDecimal value, Locale locale) {
        return Formats.percent(value, locale);
    }

    static String text(Object value) {
        return value == null ? "\u2014" : value.toString();
    }
}
