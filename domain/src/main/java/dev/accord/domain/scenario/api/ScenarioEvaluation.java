package dev.accord.domain.scenario.api;

import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A set of the year's projects with their amounts, weighed against the year's budget.
 *
 * @param budget the year's budget; null while none is set, and then everything fits
 * @param heldOutside what approved projects left out of the set still hold: their budgets stay theirs until a change
 *     moves them
 * @param total the set's amounts together
 * @param remaining the budget less what is held outside and the total; negative when the set asks for more; null
 *     without a budget
 * @param fittingTotal the amounts of the projects that fit
 * @param lines the set's projects in rank order
 * @param figures the set's NPV, IRR, payback and ROI, its projects' ROI cases taken together at the year's rate and
 *     each at the scenario's amount; null when none of them has an ROI case
 * @param withoutRoiCase how many of the set's projects have no ROI case, and so no part in the figures
 * @param noLongerCompeting projects the set names that are not among the year's projects whose budget can move
 *     (rejected, cancelled or completed since it was saved); left out of every figure
 */
public record ScenarioEvaluation(
        int fiscalYear,
        Money budget,
        Money heldOutside,
        Money total,
        Money remaining,
        Money fittingTotal,
        BigDecimal discountRatePercent,
        List<ScenarioLine> lines,
        RoiFigures figures,
        int withoutRoiCase,
        List<UUID> noLongerCompeting) {

    /** The projects that do not fit, in rank order. */
    public List<ScenarioLine> notFitting() {
        return lines.stream().filter(line -> !line.fits()).toList();
    }
}
