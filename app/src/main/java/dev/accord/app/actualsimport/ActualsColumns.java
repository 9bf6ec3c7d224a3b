package dev.accord.app.actualsimport;

import dev.accord.domain.project.api.ActualsProblem;
import dev.accord.domain.shared.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a sheet of actuals has, named by its header row: Project, Month and Spend (in any order, any case),
 * and one column per realised benefit, headed by the metric's name exactly as the project's ROI case names it.
 */
final class ActualsColumns {

    static final String PROJECT = "Project";
    static final String MONTH = "Month";
    static final String SPEND = "Spend";
    static final List<String> FIXED = List.of(PROJECT, MONTH, SPEND);

    private final Map<String, Integer> fixed;
    private final Map<String, Integer> metrics;
    private final List<ActualsProblem> problems;

    private ActualsColumns(Map<String, Integer> fixed, Map<String, Integer> metrics, List<ActualsProblem> problems) {
        this.fixed = fixed;
        this.metrics = metrics;
        this.problems = problems;
    }

    static ActualsColumns of(SheetRow header) {
        Map<String, Integer> fixed = new LinkedHashMap<>();
        Map<String, Integer> metrics = new LinkedHashMap<>();
        List<ActualsProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            SheetCell cell = header.cell(i);
            if (cell.isEmpty()) {
                continue;
            }
            String name = cell.text();
            String known = FIXED.stream()
                    .filter(column -> column.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(null);
            String column = known != null ? known : name;
            Map<String, Integer> kind = known != null ? fixed : metrics;
            if (kind.containsKey(column)) {
                problems.add(new ActualsProblem(
                        header.number(), column, "Two columns are headed \u201c" + column + "\u201d; keep one"));
            } else if (known == null && name.length() > Texts.LINE_MAX_LENGTH) {
                problems.add(new ActualsProblem(
                        header.number(),
                        name.substring(0, 40) + "\u2026",
                        "A metric's name is at most " + Texts.LINE_MAX_LENGTH + " characters"));
            } else {
                kind.put(column, i);
            }
        }
        for (String column : FIXED) {
            if (!fixed.containsKey(column)) {
                problems.add(new ActualsProblem(
                        header.number(),
                        column,
                        "The first row names the columns: Project, Month, Spend, then one column per metric; there "
                                + "is no " + column + " column"));
            }
        }
        return new ActualsColumns(fixed, metrics, List.copyOf(problems));
    }

    List<ActualsProblem> problems() {
        return problems;
    }

    SheetCell project(SheetRow row) {
        return row.cell(fixed.get(PROJECT));
    }

    SheetCell month(SheetRow row) {
        return row.cell(fixed.get(MONTH));
    }

    SheetCell spend(SheetRow row) {
        return row.cell(fixed.get(SPEND));
    }

    /** The metric columns in the sheet's order. */
    List<String> metrics() {
        return List.copyOf(metrics.keySet());
    }

    SheetCell metric(SheetRow row, String metric) {
        return row.cell(metrics.get(metric));
    }
}
