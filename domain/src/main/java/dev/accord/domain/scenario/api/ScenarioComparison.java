package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Two scenarios of one year side by side: each evaluated, what the second does differently from the first, project by
 * project in rank order, and the difference in their figures (second less first).
 *
 * @param npvDifference null unless both have figures
 * @param roiDifference in percentage points; null unless both have an ROI
 */
public record ScenarioComparison(
        ScenarioEvaluation first,
        ScenarioEvaluation second,
        List<ProjectDifference> projects,
        Money totalDifference,
        BigDecimal npvDifference,
        BigDecimal roiDifference) {}
