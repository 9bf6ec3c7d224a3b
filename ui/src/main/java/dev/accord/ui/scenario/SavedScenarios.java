package dev.accord.ui.scenario;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.scenario.api.SavedScenario;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Refusals;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The year's saved scenarios, which both sides see: opened to change them, turned into change requests, discarded,
 * or two of them compared side by side.
 */
class SavedScenarios extends VerticalLayout {

    private final Grid<SavedScenario> grid = new Grid<>();
    private final ComboBox<SavedScenario> first = new ComboBox<>("Compare");
    private final ComboBox<SavedScenario> second = new ComboBox<>("with");

    /** What the person can do with a saved scenario; the view decides what each means. */
    record Actions(
            Consumer<SavedScenario> open,
            Consumer<SavedScenario> requestChanges,
            Consumer<SavedScenario> discard,
            BiConsumer<SavedScenario, SavedScenario> compare) {}

    SavedScenarios(Locale locale, boolean actsForASide, Actions actions) {
        setPadding(false);
        grid.setId("saved-scenarios");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SavedScenario::name).setHeader("Scenario").setFlexGrow(2);
        grid.addColumn(s -> s.projects().size()).setHeader("Projects").setAutoWidth(true);
        grid.addColumn(s -> Formats.money(s.total(), locale)).setHeader("Total").setAutoWidth(true);
        grid.addColumn(s -> s.savedBy() + ", " + Formats.instant(s.savedAt(), locale))
                .setHeader("Saved by")
                .setFlexGrow(2);
        grid.addColumn(s -> s.revisedBy() == null
                        ? "\u2014"
                        : "v" + s.version() + " by " + s.revisedBy() + ", " + Formats.instant(s.revisedAt(), locale))
                .setHeader("Last revised")
                .setFlexGrow(2);
        grid.addComponentColumn(scenario -> {
                    HorizontalLayout buttons = new HorizontalLayout();
                    buttons.add(button("Open", "open-scenario-", scenario, actions.open()));
                    if (actsForASide) {
                        buttons.add(
                                button(
                                        "Turn into change requests",
                                        "changes-from-",
                                        scenario,
                                        actions.requestChanges()),
                                button("Discard", "discard-scenario-", scenario, actions.discard()));
                    }
                    return buttons;
                })
                .setHeader("")
                .setAutoWidth(true);
        grid.setEmptyStateText("No scenarios saved for this year yet.");

        first.setId("compare-first");
        second.setId("compare-second");
        for (ComboBox<SavedScenario> choice : List.of(first, second)) {
            choice.setItemLabelGenerator(SavedScenario::name);
            choice.setWidth("16rem");
        }
        Button compare = new Button("Compare", click -> {
            if (first.getValue() == null || second.getValue() == null) {
                Refusals.show("Choose two scenarios to compare");
                return;
            }
            actions.compare().accept(first.getValue(), second.getValue());
        });
        compare.setId("compare-scenarios");
        HorizontalLayout comparing = new HorizontalLayout(first, second, compare);
        comparing.setAlignItems(Alignment.BASELINE);
        add(grid, comparing);
    }

    void show(List<SavedScenario> scenarios) {
        grid.setItems(scenarios);
        // A chosen scenario stays chosen when the list is read again, at its latest version.
        for (ComboBox<SavedScenario> choice : List.of(first, second)) {
            SavedScenario chosen = choice.getValue();
            choice.setItems(scenarios);
            choice.setValue(
                    chosen == null
                            ? null
                            : scenarios.stream()
                                    .filter(s -> Objects.equals(s.scenarioId(), chosen.scenarioId()))
                                    .findFirst()
                                    .orElse(null));
        }
    }

    private static Button button(
            String label, String idPrefix, SavedScenario scenario, Consumer<SavedScenario> action) {
        Button button = new Button(label, click -> action.accept(scenario));
        button.setId(idPrefix + scenario.scenarioId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
