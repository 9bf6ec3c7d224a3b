package dev.accord.domain.portfolio;

import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.portfolio.api.DiscountRate;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * The fiscal years' portfolios as a project's decisions see them. A project command handler takes this as a
 * parameter (the application registers it with Axon, tests as an injectable resource), and every call loads the
 * year's {@link Portfolio} into the command's own unit of work: when the portfolio refuses, the whole command
 * fails and neither aggregate records anything. Concurrent decisions on the same project or year meet Axon's
 * optimistic locking on the aggregates' event sequences, and the loser is retried by the command gateway.
 */
public class Portfolios {

    private final Repository<Portfolio> repository;
    private final BusinessCaseRule ledgerDefault;

    public Portfolios(Repository<Portfolio> repository) {
        this(repository, BusinessCaseRule.DEFAULT);
    }

    /**
     * @param ledgerDefault the business-case rule of a year that sets none of its own; null records none with a
     *                      change, as changes were recorded before the rule existed
     */
    public Portfolios(Repository<Portfolio> repository, BusinessCaseRule ledgerDefault) {
        this.repository = repository;
        this.ledgerDefault = ledgerDefault;
    }

    /** Moves the project's share of the year's budget; refuses (throws) when the year's total would exceed it. */
    public void allocate(int fiscalYear, UUID projectId, UUID changeId, Money allocation, Actor decidedBy) {
        year(fiscalYear).execute(p -> p.allocate(fiscalYear, projectId, changeId, allocation, decidedBy));
    }

    /** The rate the year's ROI cases are computed with: Finance's, or the default until Finance sets one. */
    public BigDecimal discountRatePercent(int fiscalYear) {
        try {
            return repository
                    .load(Portfolio.idOf(fiscalYear))
                    .invoke(Portfolio::discountRatePercent)
                    .orElse(DiscountRate.DEFAULT_PERCENT);
        } catch (AggregateNotFoundException noPortfolioYet) {
            return DiscountRate.DEFAULT_PERCENT;
        }
    }

    /**
     * The approval rules in force in the year, to be recorded with a change requested now; null while the year has
     * none but the default (one approval of each side).
     */
    public ApprovalRules approvalRules(int fiscalYear) {
        try {
            ApprovalRules rules = repository.load(Portfolio.idOf(fiscalYear)).invoke(Portfolio::approvalRules);
            return rules.demandsNoMore() ? null : rules;
        } catch (AggregateNotFoundException noPortfolioYet) {
            return null;
        }
    }

    /**
     * Which budget changes need a complete business case before they take effect, by the year's rules in force: to
     * be recorded with a change requested now.
     */
    public BusinessCaseRule businessCaseRule(int fiscalYear) {
        ApprovalRules rules = approvalRules(fiscalYear);
        return rules == null || rules.businessCase() == null ? ledgerDefault : rules.businessCase();
    }

    private Aggregate<Portfolio> year(int fiscalYear) {
        try {
            return repository.loadOrCreate(Portfolio.idOf(fiscalYear), Portfolio::new);
        } catch (RuntimeException refused) {
            throw refused;
        } catch (Exception unexpected) {
            // Only the factory could throw a checked exception, and Portfolio's constructor does not.
            throw new IllegalStateException(unexpected);
        }
    }
}
