package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.ApprovalRulesApproved;
import dev.accord.domain.portfolio.api.ApprovalRulesRejected;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.ApprovalRulesSet;
import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.portfolio.api.RankingWeightsApproved;
import dev.accord.domain.portfolio.api.RankingWeightsRejected;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.RankingWeightsSet;
import dev.accord.domain.portfolio.api.YearBudgetApproved;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;

/**
 * What happened to a fiscal year, as a sentence a person can read ("fay (Finance) requested an IT budget of
 * EUR 4,000,000.00 for 2031"): the portfolio pages and the approvals inbox tell the same words.
 */
public final class YearSentences {

    private YearSentences() {}

    public static String of(YearBudgetRequested e) {
        return e.requestedBy() + " requested an IT budget of " + e.budget() + " for " + e.fiscalYear();
    }

    public static String of(YearBudgetApproved e) {
        return e.approvedBy() + " approved the " + e.fiscalYear() + " IT budget of " + e.budget()
                + comment(e.comment());
    }

    public static String of(YearBudgetSet e) {
        return "The " + e.fiscalYear() + " IT budget of " + e.budget() + " took effect";
    }

    public static String of(YearBudgetRejected e) {
        return e.rejectedBy() + " rejected the requested " + e.fiscalYear() + " IT budget: \u201c" + e.reason()
                + "\u201d";
    }

    public static String of(DiscountRateSet e) {
        return e.setBy() + " set the " + e.fiscalYear() + " discount rate to "
                + e.ratePercent().stripTrailingZeros().toPlainString() + " %";
    }

    public static String of(ApprovalRulesRequested e) {
        return e.requestedBy() + " requested approval rules for " + e.fiscalYear();
    }

    public static String of(ApprovalRulesApproved e) {
        return e.approvedBy() + " approved the requested " + e.fiscalYear() + " approval rules" + comment(e.comment());
    }

    public static String of(ApprovalRulesSet e) {
        return "The " + e.fiscalYear() + " approval rules took effect";
    }

    public static String of(ApprovalRulesRejected e) {
        return e.rejectedBy() + " rejected the requested " + e.fiscalYear() + " approval rules: \u201c" + e.reason()
                + "\u201d";
    }

    public static String of(RankingWeightsRequested e) {
        return e.requestedBy() + " requested ranking weights for " + e.fiscalYear() + ": " + e.weights();
    }

    public static String of(RankingWeightsApproved e) {
        return e.approvedBy() + " approved the requested " + e.fiscalYear() + " ranking weights" + comment(e.comment());
    }

    public static String of(RankingWeightsSet e) {
        return "The " + e.fiscalYear() + " projects are now ranked by " + e.weights();
    }

    public static String of(RankingWeightsRejected e) {
        return e.rejectedBy() + " rejected the requested " + e.fiscalYear() + " ranking weights: \u201c" + e.reason()
                + "\u201d";
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : ": \u201c" + comment + "\u201d";
    }
}
