package dev.accord.domain.project;

import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * When actuals alone make a reassessment fall due (DOMAIN.md): spend passes the approved budget by more than the
 * policy's overrun share, or realised benefits fall behind what the ROI case expects by more than its shortfall
 * share. Overrun is judged first. Pure: the aggregate decides whether one may fall due now and records it.
 */
final class ReassessmentDuePolicy {

    /** Why a reassessment falls due, in the words the ledger records. */
    record Due(ReassessmentTrigger trigger, String reason) {}

    /** Benefits are judged once a quarter has passed, so one slow first month does not raise the alarm. */
    static final int MONTHS_BEFORE_BENEFITS_ARE_JUDGED = 3;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ReassessmentDuePolicy() {}

    /**
     * @param approvedBudget the budget in force, or null before one is approved
     * @param expected the latest ROI case's benefits, or null before one is recorded
     */
    static Optional<Due> after(
            MonthlyActuals actuals, Money approvedBudget, List<ExpectedBenefit> expected, ReviewPolicy policy) {
        if (approvedBudget == null) {
            return Optional.empty();
        }
        Optional<Due> overrun = spendOverrun(actuals, approvedBudget, policy);
        return overrun.isPresent() ? overrun : benefitShortfall(actuals, approvedBudget.currency(), expected, policy);
    }

    private static Optional<Due> spendOverrun(MonthlyActuals actuals, Money approvedBudget, ReviewPolicy policy) {
        BigDecimal spendToDate = actuals.spendToDate();
        BigDecimal limit = share(approvedBudget.amount(), HUNDRED.add(policy.spendOverrunPercent()));
        if (spendToDate.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Due(
                ReassessmentTrigger.SPEND_OVERRUN,
                "Spend to date " + new Money(spendToDate, approvedBudget.currency()) + " is more than "
                        + plain(policy.spendOverrunPercent()) + " % over the approved budget of " + approvedBudget));
    }

    private static Optional<Due> benefitShortfall(
            MonthlyActuals actuals, String currency, List<ExpectedBenefit> expected, ReviewPolicy policy) {
        if (expected == null || actuals.isEmpty()) {
            return Optional.empty();
        }
        int months = BenefitsPlan.monthsElapsed(
                actuals.first().orElseThrow(), actuals.last().orElseThrow());
        if (months < MONTHS_BEFORE_BENEFITS_ARE_JUDGED) {
            return Optional.empty();
        }
        BigDecimal realised = actuals.benefitsToDate();
        BigDecimal expectedToDate = BenefitsPlan.of(expected).expectedAfter(months);
        BigDecimal floor = share(expectedToDate, HUNDRED.subtract(policy.benefitShortfallPercent()));
        if (realised.compareTo(floor) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Due(
                ReassessmentTrigger.BENEFIT_SHORTFALL,
                "Realised benefits " + new Money(realised, currency) + " are more than "
                        + plain(policy.benefitShortfallPercent()) + " % behind the "
                        + new Money(expectedToDate, currency) + " the ROI case expects after " + months + " months"));
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
    }

    private static String plain(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }
}
