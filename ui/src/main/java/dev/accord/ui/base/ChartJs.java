package dev.accord.ui.base;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A chart drawn in the browser by Chart.js, with its text alternative: a sentence summing it up as the drawing's
 * accessible name, and its figures as a table under the drawing ({@link ChartTable}). Both come from the same
 * numbers, so what one reads is what the other shows.
 */
public class ChartJs extends Composite<Div> implements HasSize {

    private final ChartCanvas canvas = new ChartCanvas();
    private final ChartTable table = new ChartTable();

    public ChartJs() {
        getContent().add(canvas, table);
        getContent().addClassName("accord-chart");
        setWidthFull();
    }

    /**
     * A line chart: one label per point, and named series of numbers (null where a series has no value).
     *
     * @param caption what the chart shows, the table's caption and the start of the drawing's name
     * @param axis what the labels are (e.g. "Month"), the heading of the table's first column
     */
    public void showLines(String caption, String axis, List<String> labels, List<Series> series) {
        canvas.drawLines(labels, series);
        canvas.setSummary(summary(caption, axis, labels, series));
        table.show(caption, axis, labels, series, this::figure);
    }

    /** The sentence that stands for the drawing: what it shows, over which points, and where each line ends. */
    private String summary(String caption, String axis, List<String> labels, List<Series> series) {
        StringBuilder sentence = new StringBuilder(caption).append(": line chart");
        if (!labels.isEmpty()) {
            sentence.append(" by ")
                    .append(axis.toLowerCase(Locale.ROOT))
                    .append(", ")
                    .append(labels.get(0))
                    .append(" to ")
                    .append(labels.get(labels.size() - 1));
        }
        String ends = series.stream()
                .map(line -> lastFigure(line, labels))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        if (!ends.isEmpty()) {
            sentence.append(". Latest figures: ").append(ends);
        }
        return sentence.append(". ")
                .append(ChartTable.TOGGLE)
                .append(" below it.")
                .toString();
    }

    private String lastFigure(Series line, List<String> labels) {
        return IntStream.iterate(line.values().size() - 1, point -> point >= 0, point -> point - 1)
                .filter(point -> line.values().get(point) != null)
                .mapToObj(point -> line.name() + " " + figure(line.values().get(point))
                        + (point < labels.size() ? " (" + labels.get(point) + ")" : ""))
                .findFirst()
                .orElse(null);
    }

    private String figure(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale() == null ? Locale.getDefault() : getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** One line of a chart. */
    public record Series(String name, List<BigDecimal> values, String colour, boolean dashed) {}
}
