package dev.accord.ui.base;

import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.function.Function;

/**
 * A chart's figures as a real table, under a "Show the figures as a table" toggle: the text alternative of the
 * drawing, for screen readers, keyboard users and anyone who wants the exact numbers. One row per point of the
 * chart (a month), one column per line, the same numbers the chart draws.
 */
class ChartTable extends NativeDetails {

    static final String TOGGLE = "Show the figures as a table";

    ChartTable() {
        super(TOGGLE);
        addClassName("chart-table");
    }

    void show(
            String caption,
            String axis,
            List<String> labels,
            List<ChartJs.Series> series,
            Function<java.math.BigDecimal, String> figure) {
        // A new table each time: NativeTable keeps its head and body once made, so emptying it would keep old rows.
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        columnHeader(head, axis);
        series.forEach(line -> columnHeader(head, line.name()));
        for (int point = 0; point < labels.size(); point++) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell label = row.addHeaderCell();
            label.setText(labels.get(point));
            label.getElement().setAttribute("scope", "row");
            for (ChartJs.Series line : series) {
                NativeTableCell cell = row.addDataCell();
                java.math.BigDecimal value =
                        point < line.values().size() ? line.values().get(point) : null;
                cell.setText(value == null ? "\u2014" : figure.apply(value));
            }
        }
        setContent(table);
    }

    private static void columnHeader(NativeTableRow head, String text) {
        NativeTableHeaderCell header = head.addHeaderCell();
        header.setText(text);
        header.getElement().setAttribute("scope", "col");
    }
}
