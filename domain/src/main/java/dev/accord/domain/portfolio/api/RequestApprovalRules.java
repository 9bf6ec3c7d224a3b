package dev.accord.domain.portfolio.api;

import dev.accord.domain.approval.ApprovalTier;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks both sides to set the fiscal year's approval rules (an empty list of tiers: one approval of each side
 * whatever the amount); takes effect by the same joint rule as the year's budget. The ledger currency is the
 * server's, not the caller's: tier amounts must be in it. {@code businessCase} says which budget changes need a
 * complete business case before they take effect (null: the default, every initial budget).
 */
public record RequestApprovalRules(
        @TargetAggregateIdentifier int fiscalYear,
        UUID changeId,
        List<ApprovalTier> tiers,
        String rationale,
        String ledgerCurrency,
        Actor actor,
        BusinessCaseRule businessCase)
        implements ActorCommand {

    public RequestApprovalRules(
            int fiscalYear,
            UUID changeId,
            List<ApprovalTier> tiers,
            String rationale,
            String ledgerCurrency,
            Actor actor) {
        this(fiscalYear, changeId, tiers, rationale, ledgerCurrency, actor, null);
    }
}
