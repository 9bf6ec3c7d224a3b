package dev.accord.ui.project;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.SideBadge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The decision timeline: every event of the project oldest first, filterable by side and by kind of step. */
class TimelineGrid extends VerticalLayout {

    private final List<TimelineEntry> entries = new ArrayList<>();
    private final ListDataProvider<TimelineEntry> data = new ListDataProvider<>(entries);
    private final Grid<TimelineEntry> grid = new Grid<>();
    private final ComboBox<String> side = new ComboBox<>("Side");
    private final ComboBox<String> kind = new ComboBox<>("Kind of step");

    TimelineGrid() {
        setPadding(false);
        side.setItems("Finance", "IT", "Accord");
        side.setClearButtonVisible(true);
        side.setId("timeline-side-filter");
        kind.setClearButtonVisible(true);
        kind.setId("timeline-kind-filter");
        side.addValueChangeListener(change -> filter());
        kind.addValueChangeListener(change -> filter());

        grid.setId("timeline");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.addColumn(entry -> Formats.instant(entry.at(), locale())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(entry -> {
            HorizontalLayout who = new HorizontalLayout(new Span(entry.actor().displayName()));
            if (entry.actor().side() != null) {
                who.add(new SideBadge(entry.actor().side()));
            }
            return who;
        })).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TimelineEntry::summary).setHeader("What happened").setFlexGrow(1);
        grid.setAllRowsVisible(false);
        grid.setHeight("36rem");
        grid.setEmptyStateText("No steps match the filter.");
        add(new HorizontalLayout(side, kind), grid);
    }

    void show(List<TimelineEntry> all) {
        entries.clear();
        entries.addAll(all);
        refresh();
    }

    void append(TimelineEntry entry) {
        if (entries.stream().noneMatch(known -> known.sequence() == entry.sequence())) {
            entries.add(entry);
            refresh();
        }
    }

    private void refresh() {
        entries.sort(Comparator.comparingLong(TimelineEntry::sequence));
        kind.setItems(entries.stream().map(TimelineEntry::type).distinct().sorted().toList());
        data.refreshAll();
    }

    private void filter() {
        data.setFilter(entry -> (side.getValue() == null || side.getValue().equals(sideOf(entry)))
                && (kind.getValue() == null || Objects.equals(kind.getValue(), entry.type())));
    }

    private static String sideOf(TimelineEntry entry) {
        Side s = entry.actor().side();
        return s == null ? "Accord" : s.label();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
