package dev.accord.ui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A chart's text alternative: its figures as a table with caption and headers, and a sentence for the drawing. */
class ChartJsTest {

    private final ChartJs chart = new ChartJs();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.UK);
        UI.getCurrent().add(chart);
        chart.showLines(
                "Budget against spend, 2026 (EUR)",
                "Month",
                List.of("Jan", "Feb", "Mar"),
                List.of(
                        new ChartJs.Series(
                                "IT budget", List.of(amount("1000"), amount("1000"), amount("1000")), "#6b7280", true),
                        new ChartJs.Series(
                                "Spend to date",
                                Arrays.asList(amount("120.5"), amount("300"), null),
                                "#c2410c",
                                false)));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theTableHasTheChartsCaptionAndOneColumnPerLine() {
        NativeTable table = _get(NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Budget against spend, 2026 (EUR)");
        NativeTableRow head = table.getHead().getRows().get(0);
        assertThat(texts(head.getHeaderCells())).containsExactly("Month", "IT budget", "Spend to date");
        assertThat(head.getHeaderCells())
                .allSatisfy(cell ->
                        assertThat(cell.getElement().getAttribute("scope")).isEqualTo("col"));
    }

    @Test
    void theTableHasOneRowPerPointWithTheNumbersTheChartDraws() {
        List<NativeTableRow> rows = _get(NativeTable.class).getBody().getRows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getHeaderCells().get(0).getText()).isEqualTo("Jan");
        assertThat(rows.get(0).getHeaderCells().get(0).getElement().getAttribute("scope"))
                .isEqualTo("row");
        assertThat(texts(rows.get(0).getDataCells())).containsExactly("1,000.00", "120.50");
        assertThat(texts(rows.get(2).getDataCells()))
                .as("a month the line does not reach yet")
                .containsExactly("1,000.00", "\u2014");
    }

    @Test
    void theTableIsBehindAToggleUnderTheChart() {
        NativeDetails toggle = _get(NativeDetails.class);
        assertThat(toggle.getSummaryText()).isEqualTo("Show the figures as a table");
        assertThat(toggle.isOpen()).isFalse();
        assertThat(toggle.getContent()).isInstanceOf(NativeTable.class);
    }

    @Test
    void theDrawingIsNamedBySentenceSummingItUp() {
        assertThat(_get(ChartCanvas.class).getSummary())
                .isEqualTo("Budget against spend, 2026 (EUR): line chart by month, Jan to Mar. "
                        + "Latest figures: IT budget 1,000.00 (Mar); Spend to date 300.00 (Feb). "
                        + "Show the figures as a table below it.");
    }

    @Test
    void drawingAgainReplacesTheFigures() {
        chart.showLines(
                "Plan",
                "Month",
                List.of("Apr"),
                List.of(new ChartJs.Series("Spend to date", List.of(amount("7")), "#c2410c", false)));
        NativeTable table = _get(NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Plan");
        assertThat(table.getBody().getRows()).hasSize(1);
        assertThat(table.getHead().getRows()).hasSize(1);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private static List<String> texts(List<? extends Component> cells) {
        return cells.stream().map(cell -> cell.getElement().getText()).toList();
    }
}
