package dev.accord.domain.scenario;

import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.scenario.api.ProjectDifference;
import dev.accord.domain.scenario.api.ScenarioComparison;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import dev.accord.domain.scenario.api.ScenarioLine;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Puts two evaluated scenarios of one year side by side: the second against the first. */
public final class ScenarioComparer {

    private ScenarioComparer() {}

    public static ScenarioComparison compare(ScenarioEvaluation first, ScenarioEvaluation second) {
        if (first.fiscalYear() != second.fiscalYear()) {
            throw new IllegalArgumentException("Scenarios of different years are not compared");
        }
        Map<UUID, ScenarioLine> inFirst = byProject(first);
        Map<UUID, ScenarioLine> inSecond = byProject(second);
        Map<UUID, ScenarioLine> either = new LinkedHashMap<>(inFirst);
        inSecond.forEach(either::putIfAbsent);
        List<ProjectDifference> projects = new ArrayList<>();
        either.values().stream()
                .sorted(Comparator.comparingInt(ScenarioLine::rank))
                .forEach(line ->
                        projects.add(difference(line, inFirst.get(line.projectId()), inSecond.get(line.projectId()))));
        return new ScenarioComparison(
                first,
                second,
                List.copyOf(projects),
                new Money(
                        second.total().amount().subtract(first.total().amount()),
                        first.total().currency()),
                figureDifference(first, second, RoiFigures::npv),
                figureDifference(first, second, RoiFigures::roiPercent));
    }

    private static ProjectDifference difference(ScenarioLine any, ScenarioLine first, ScenarioLine second) {
        BigDecimal before = first == null ? BigDecimal.ZERO : first.amount().amount();
        BigDecimal after = second == null ? BigDecimal.ZERO : second.amount().amount();
        return new ProjectDifference(
                any.rank(),
                any.projectId(),
                any.title(),
                first == null ? null : first.amount(),
                second == null ? null : second.amount(),
                new Money(after.subtract(before), any.amount().currency()),
                first == null ? null : first.fits(),
                second == null ? null : second.fits());
    }

    private static BigDecimal figureDifference(
            ScenarioEvaluation first, ScenarioEvaluation second, Function<RoiFigures, BigDecimal> figure) {
        if (first.figures() == null || second.figures() == null) {
            return null;
        }
        BigDecimal before = figure.apply(first.figures());
        BigDecimal after = figure.apply(second.figures());
        return before == null || after == null ? null : after.subtract(before);
    }

    private static Map<UUID, ScenarioLine> byProject(ScenarioEvaluation evaluation) {
        Map<UUID, ScenarioLine> lines = new LinkedHashMap<>();
        evaluation.lines().forEach(line -> lines.put(line.projectId(), line));
        return lines;
    }
}
