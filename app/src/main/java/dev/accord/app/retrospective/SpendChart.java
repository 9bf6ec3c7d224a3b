package dev.accord.app.retrospective;

import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Plan against actual spend by month, drawn by JFreeChart into a PNG for the PDF. Drawing needs no display:
 * Spring Boot starts the JVM with java.awt.headless=true (and tests assert it), so this runs on servers.
 */
final class SpendChart {

    private static final Color PLAN = new Color(0x6b7280);
    private static final Color SPEND = new Color(0xc2410c);
    private static final Color EXPECTED = new Color(0x15803d);

    private SpendChart() {}

    /** A PNG twice the drawn size, so the chart stays sharp when the PDF is zoomed or printed. */
    static byte[] png(List<MonthPlanVersusActual> months, String planLabel, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthPlanVersusActual month : months) {
            String period = month.period().toString();
            if (month.budgetInForce() != null) {
                data.addValue(month.budgetInForce().amount(), planLabel, period);
            }
            data.addValue(month.spendToDate().amount(), "Spend to date", period);
            if (month.benefitsExpectedToDate() != null) {
                data.addValue(month.benefitsExpectedToDate().amount(), "Benefits expected to date", period);
            }
            data.addValue(month.benefitsRealisedToDate().amount(), "Benefits realised to date", period);
        }
        JFreeChart chart = ChartFactory.createLineChart(
                null,
                "Month",
                months.isEmpty() ? "" : months.get(0).spend().currency(),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        style(chart, data);
        BufferedImage image = chart.createBufferedImage(width * 2, height * 2, width, height, null);
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void style(JFreeChart chart, DefaultCategoryDataset data) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd1d5db));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        for (int row = 0; row < data.getRowCount(); row++) {
            String series = data.getRowKey(row).toString();
            boolean planned = !series.contains("realised") && !series.equals("Spend to date");
            Color colour = series.startsWith("Benefits") ? EXPECTED : planned ? PLAN : SPEND;
            renderer.setSeriesPaint(row, colour);
            renderer.setSeriesStroke(
                    row,
                    planned
                            ? new BasicStroke(
                                    2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                            : new BasicStroke(2.5f));
            renderer.setSeriesShapesVisible(row, !planned);
        }
    }
}
