package dev.accord.ui.scenario;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import dev.accord.domain.scenario.api.ScenarioLine;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a set of projects comes to, as headline figures: its total, what remains of the year's budget, how many fit,
 * and its NPV and ROI at the year's rate. Ids carry a prefix, so that two sets can be shown side by side.
 */
class ScenarioFigures extends Div {

    private final String prefix;

    ScenarioFigures(String prefix) {
        this.prefix = prefix;
        setId(prefix + "figures");
    }

    void show(ScenarioEvaluation evaluation, Locale locale) {
        removeAll();
        FlexLayout tiles = new FlexLayout();
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-l)");
        int fitting = evaluation.lines().size() - evaluation.notFitting().size();
        tiles.add(
                new Figure("Total", Formats.money(evaluation.total(), locale), prefix + "total"),
                new Figure(
                        "Remaining of "
                                + (evaluation.budget() == null
                                        ? "the year's budget"
                                        : Formats.money(evaluation.budget(), locale)),
                        evaluation.remaining() == null
                                ? "No budget set yet"
                                : Formats.money(evaluation.remaining(), locale),
                        prefix + "remaining"),
                new Figure("Fit", fitting + " of " + evaluation.lines().size(), prefix + "fit"),
                new Figure(
                        "NPV at " + Formats.percent(evaluation.discountRatePercent(), locale),
                        evaluation.figures() == null
                                ? "\u2014"
                                : Formats.money(
                                        new Money(
                                                evaluation.figures().npv(),
                                                evaluation.total().currency()),
                                        locale),
                        prefix + "npv"),
                new Figure(
                        "ROI",
                        evaluation.figures() == null
                                ? "\u2014"
                                : Formats.percent(evaluation.figures().roiPercent(), locale),
                        prefix + "roi"));
        add(tiles);
        add(note(describe(evaluation, locale)));
    }

    /** Says what the figures leave out or assume, and which projects do not fit. */
    private String describe(ScenarioEvaluation evaluation, Locale locale) {
        StringBuilder text = new StringBuilder();
        if (evaluation.heldOutside().amount().signum() > 0) {
            text.append("Approved projects outside this set still hold ")
                    .append(Formats.money(evaluation.heldOutside(), locale))
                    .append(". ");
        }
        if (!evaluation.notFitting().isEmpty()) {
            text.append("Does not fit in rank order: ")
                    .append(evaluation.notFitting().stream()
                            .map(ScenarioLine::title)
                            .collect(Collectors.joining(", ")))
                    .append(". ");
        }
        if (evaluation.withoutRoiCase() > 0) {
            text.append(evaluation.withoutRoiCase())
                    .append(evaluation.withoutRoiCase() == 1 ? " project has" : " projects have")
                    .append(" no ROI case yet and no part in NPV and ROI. ");
        }
        if (!evaluation.noLongerCompeting().isEmpty()) {
            text.append(evaluation.noLongerCompeting().size())
                    .append(" of its projects no longer compete (closed since it was saved) and are left out. ");
        }
        return text.toString().strip();
    }

    private Span note(String text) {
        Span note = new Span(text);
        note.setId(prefix + "figures-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return note;
    }
}
