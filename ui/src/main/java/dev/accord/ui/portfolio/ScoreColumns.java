package dev.accord.ui.portfolio;

import com.vaadin.flow.component.grid.Grid;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.ScorePart;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A ranked project's score and what it is made of, as two columns of the portfolio's ranking: "72.50" and "ROI 40.00 ·
 * NPV 12.50 · not yet assessed". A part the project lacks says why instead of its points.
 */
final class ScoreColumns {

    private ScoreColumns() {}

    static void addTo(Grid<RankedProject> ranking, Supplier<Locale> locale) {
        ranking.addColumn(project -> points(project.score().total(), locale.get()))
                .setHeader("Score")
                .setKey("score")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ranking.addColumn(project -> parts(project, locale.get()))
                .setHeader("Score parts")
                .setKey("score-parts")
                .setTooltipGenerator(project -> parts(project, locale.get()))
                .setResizable(true)
                .setWidth("16rem")
                .setFlexGrow(2);
    }

    /**
     * The weighted parts in the order of their factors, each missing one replaced by why it is missing (once); a
     * project not yet assessed says so even while the year does not weigh the four questions.
     */
    static String parts(RankedProject project, Locale locale) {
        Set<String> parts = new LinkedHashSet<>();
        for (ScorePart part : project.score().parts()) {
            if (part.weight() == 0) {
                continue;
            }
            parts.add(
                    part.isMissing() ? part.whyMissing() : part.factor().label() + " " + points(part.points(), locale));
        }
        if (!project.isAssessed()) {
            parts.add(ScorePart.NOT_YET_ASSESSED);
        }
        return String.join(" \u00b7 ", parts);
    }

    static String points(BigDecimal points, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(points);
    }
}
