package dev.accord.domain.approval;

import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import java.util.List;

/**
 * A fiscal year's approval rules: tiers by amount, each demanding more than the plain four eyes. A change needs what
 * the highest tier below its amount demands; a change at or below every tier (or a year without tiers) needs one
 * approval of each side. The rules in force when a change is requested are recorded with it and stay its rules.
 * {@code businessCase} says which budget changes need a complete business case before they take effect; null (and
 * rules recorded before it existed) leaves it to the ledger's default ({@link BusinessCaseRule#DEFAULT} unless the
 * ledger is configured otherwise).
 */
public record ApprovalRules(List<ApprovalTier> tiers, BusinessCaseRule businessCase) {

    /** A year's rules stay a short list a person can read; the read model stores this many. */
    public static final int MAX_TIERS = 5;

    /** More approvers than a side has leads and senior members to spare would stall every large change. */
    public static final int MAX_APPROVALS_PER_SIDE = 5;

    /** No tiers: one approval of each side, whatever the amount. */
    public static final ApprovalRules DEFAULT = new ApprovalRules(List.of());

    public ApprovalRules {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    public ApprovalRules(List<ApprovalTier> tiers) {
        this(tiers, null);
    }

    /** Which budget changes need a business case (not a bean getter: the rules travel as JSON of their components). */
    public BusinessCaseRule businessCaseRule() {
        return businessCase == null ? BusinessCaseRule.DEFAULT : businessCase;
    }

    /** Rules recorded before thresholds existed read as null: those changes need the default. */
    public static ApprovalRules orDefault(ApprovalRules rules) {
        return rules == null ? DEFAULT : rules;
    }

    /**
     * Checks rules as requested, naming the first field at fault ("tiers[1].above.amount"): amounts in the ledger's
     * currency, counts between 1 and {@link #MAX_APPROVALS_PER_SIDE}, each tier above the one before.
     */
    public static ApprovalRules checked(List<ApprovalTier> tiers, String ledgerCurrency) {
        return checked(tiers, null, ledgerCurrency);
    }

    /** As {@link #checked(List, String)}, with the year's business-case rule (null: the default). */
    public static ApprovalRules checked(
            List<ApprovalTier> tiers, BusinessCaseRule businessCase, String ledgerCurrency) {
        if (tiers == null) {
            throw new InvalidInputException("tiers", "Give the tiers, or an empty list for one approval of each side");
        }
        if (tiers.size() > MAX_TIERS) {
            throw new InvalidInputException("tiers", "At most " + MAX_TIERS + " tiers");
        }
        Money previous = null;
        for (int i = 0; i < tiers.size(); i++) {
            String field = "tiers[" + i + "]";
            ApprovalTier tier = tiers.get(i);
            if (tier == null || tier.above() == null) {
                throw new InvalidInputException(field + ".above.amount", "Amount is required");
            }
            Money above = Money.checked(
                    field + ".above", tier.above().amount(), tier.above().currency());
            if (!above.currency().equals(ledgerCurrency)) {
                throw new InvalidInputException(
                        field + ".above.currency", "Amounts are kept in the ledger's currency, " + ledgerCurrency);
            }
            if (previous != null && above.amount().compareTo(previous.amount()) <= 0) {
                throw new InvalidInputException(
                        field + ".above.amount", "Each tier must start above the one before (" + previous + ")");
            }
            checkCount(field + ".financeApprovals", tier.financeApprovals());
            checkCount(field + ".itApprovals", tier.itApprovals());
            previous = above;
        }
        return new ApprovalRules(tiers, checkedRule(businessCase, ledgerCurrency));
    }

    /** What a change concerning this amount needs: the highest tier it exceeds, else one of each side. */
    public ApprovalRequirement requirementFor(Money amount) {
        ApprovalRequirement requirement = ApprovalRequirement.DEFAULT;
        if (amount == null) {
            return requirement;
        }
        for (ApprovalTier tier : tiers) {
            if (tier.above().currency().equals(amount.currency())
                    && amount.amount().compareTo(tier.above().amount()) > 0) {
                requirement = tier.requirement();
            }
        }
        return requirement;
    }

    /**
     * The rules in words, as the inbox and the portfolio show them: "One approval of each side, whatever the amount",
     * or each tier, lowest first; and the year's business-case rule where it has one of its own.
     */
    public String describe() {
        String approvals = tiers.isEmpty()
                ? "One approval of each side, whatever the amount"
                : "One approval of each side up to " + tiers.get(0).above() + "; "
                        + String.join(
                                "; ", tiers.stream().map(ApprovalTier::describe).toList());
        return describeBusinessCase().map(words -> approvals + "; " + words).orElse(approvals);
    }

    /** The year's own business-case rule in words, if it has one (else the ledger's default applies). */
    public java.util.Optional<String> describeBusinessCase() {
        return java.util.Optional.ofNullable(businessCase).map(ApprovalRules::describe);
    }

    private static String describe(BusinessCaseRule rule) {
        String initial = rule.initialBudget() ? "every initial budget" : null;
        String above = rule.above() == null ? null : "budget changes above " + rule.above();
        if (initial == null && above == null) {
            return "no budget change waits for a business case";
        }
        return "a complete business case before "
                + (initial != null && above != null ? initial + " and " + above : initial != null ? initial : above)
                + " take effect";
    }

    /** No tiers and no business-case rule of the year's own. (Not a bean getter, so not part of the JSON.) */
    public boolean demandsNoMore() {
        return tiers.isEmpty() && businessCase == null;
    }

    private static BusinessCaseRule checkedRule(BusinessCaseRule rule, String ledgerCurrency) {
        if (rule == null || rule.above() == null) {
            return rule;
        }
        Money above = Money.checked(
                "businessCase.above", rule.above().amount(), rule.above().currency());
        if (!above.currency().equals(ledgerCurrency)) {
            throw new InvalidInputException(
                    "businessCase.above.currency", "Amounts are kept in the ledger's currency, " + ledgerCurrency);
        }
        return new BusinessCaseRule(rule.initialBudget(), above);
    }

    private static void checkCount(String field, int count) {
        if (count < 1 || count > MAX_APPROVALS_PER_SIDE) {
            throw new InvalidInputException(
                    field, "Between 1 and " + MAX_APPROVALS_PER_SIDE + " approvals of each side are needed");
        }
    }
}
