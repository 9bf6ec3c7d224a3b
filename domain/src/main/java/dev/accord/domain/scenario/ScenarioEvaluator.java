package dev.accord.domain.scenario;

import dev.accord.domain.portfolio.PortfolioArithmetic;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.project.roi.RoiCalculator;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.scenario.api.ScenarioCandidate;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import dev.accord.domain.scenario.api.ScenarioLine;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Weighs a set of the year's projects against the year's budget, the same way for a saved scenario, a set being built
 * on the page and one sent to the API:
 *
 * <ul>
 *   <li>What the set asks for, and what the budget leaves once approved projects outside the set keep theirs and the
 *       set is paid ({@link PortfolioArithmetic#remaining}).
 *   <li>Which projects fit: in the portfolio's rank order, each that fits what is left takes its amount from it; one
 *       that does not fit is passed over, and those ranked below it may still fit ({@link PortfolioArithmetic#fits}).
 *   <li>The set's NPV and ROI: each project's latest ROI case at the year's discount rate, taken pro rata to the
 *       scenario's amount against its budget now (three quarters of the money buys three quarters of its costs and
 *       benefits), and the cases together as one investment ({@link RoiCalculator#figuresForAll}).
 * </ul>
 */
public final class ScenarioEvaluator {

    private ScenarioEvaluator() {}

    /** A set not saved: checked by the scenario's rules first, so bad input is refused as saving it would be. */
    public static ScenarioEvaluation evaluateUnsaved(ScenarioBasis basis, List<ScenarioProject> chosen) {
        return evaluate(basis, ScenarioRules.projects(basis.fiscalYear(), chosen, basis::standing));
    }

    /**
     * A set as it is (a saved scenario keeps what was valid when it was saved): projects that no longer compete are
     * named and left out of the figures.
     */
    public static ScenarioEvaluation evaluate(ScenarioBasis basis, List<ScenarioProject> chosen) {
        Map<UUID, Money> amounts = new LinkedHashMap<>();
        chosen.forEach(project -> amounts.put(project.projectId(), project.amount()));
        BigDecimal heldOutside = BigDecimal.ZERO;
        List<ScenarioCandidate> inSet = new ArrayList<>();
        for (ScenarioCandidate candidate : basis.candidates()) {
            if (amounts.containsKey(candidate.projectId())
                    && !candidate.project().status().isClosed()) {
                inSet.add(candidate);
            } else {
                heldOutside = heldOutside.add(candidate.project().allocated().amount());
            }
        }
        BigDecimal budget = basis.budget() == null ? null : basis.budget().amount();
        BigDecimal left = PortfolioArithmetic.remaining(budget, heldOutside);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal fitting = BigDecimal.ZERO;
        List<ScenarioLine> lines = new ArrayList<>();
        List<CashFlowPlan> plans = new ArrayList<>();
        for (ScenarioCandidate candidate : inSet) {
            Money amount = amounts.get(candidate.projectId());
            boolean fits = PortfolioArithmetic.fits(amount.amount(), left);
            if (fits) {
                left = left == null ? null : left.subtract(amount.amount());
                fitting = fitting.add(amount.amount());
            }
            total = total.add(amount.amount());
            CashFlowPlan plan = planAt(candidate, amount);
            RoiFigures own = plan == null ? null : RoiCalculator.figuresFor(plan, basis.discountRatePercent());
            if (plan != null) {
                plans.add(plan);
            }
            lines.add(new ScenarioLine(
                    candidate.project().rank(),
                    candidate.projectId(),
                    candidate.project().title(),
                    candidate.project().status(),
                    candidate.currentBudget(),
                    amount,
                    fits,
                    own == null ? null : own.npv(),
                    own == null ? null : own.roiPercent()));
        }
        List<UUID> noLongerCompeting = amounts.keySet().stream()
                .filter(id -> inSet.stream()
                        .noneMatch(candidate -> candidate.projectId().equals(id)))
                .toList();
        String currency = basis.currency();
        return new ScenarioEvaluation(
                basis.fiscalYear(),
                basis.budget(),
                new Money(heldOutside, currency),
                new Money(total, currency),
                budget == null ? null : new Money(budget.subtract(heldOutside).subtract(total), currency),
                new Money(fitting, currency),
                basis.discountRatePercent(),
                List.copyOf(lines),
                plans.isEmpty() ? null : RoiCalculator.figuresForAll(plans, basis.discountRatePercent()),
                inSet.size() - plans.size(),
                noLongerCompeting);
    }

    /** The project's ROI case pro rata to the scenario's amount against its budget now; null without a case. */
    private static CashFlowPlan planAt(ScenarioCandidate candidate, Money amount) {
        if (candidate.plan() == null) {
            return null;
        }
        if (amount.amount().compareTo(candidate.currentBudget().amount()) == 0) {
            return candidate.plan(); // its own figures, exactly
        }
        BigDecimal share = amount.amount().divide(candidate.currentBudget().amount(), MathContext.DECIMAL64);
        return candidate.plan().scaled(share);
    }
}
