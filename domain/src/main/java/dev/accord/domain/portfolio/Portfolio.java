package dev.accord.domain.portfolio;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.ApproveYearBudget;
import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.RejectYearBudget;
import dev.accord.domain.portfolio.api.RequestApprovalRules;
import dev.accord.domain.portfolio.api.RequestRankingWeights;
import dev.accord.domain.portfolio.api.RequestYearBudget;
import dev.accord.domain.portfolio.api.SetDiscountRate;
import dev.accord.domain.portfolio.api.YearBudgetApproved;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import dev.accord.domain.shared.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

/**
 * One fiscal year's IT budget, set jointly by Finance and IT, and what approved project budgets take from it.
 * The allocated total never exceeds the budget: a project decision that would push it over is refused.
 * The revision is that of its snapshots' state (its fields): raise it when that state changes shape.
 */
@Revision("5")
public class Portfolio {

    @AggregateIdentifier
    private String portfolioId;

    private int fiscalYear;
    private Money budget;
    private BigDecimal discountRatePercent;
    private final Map<UUID, JointApproval> budgetRequests = new HashMap<>();
    private final Map<UUID, Money> requestedBudgets = new HashMap<>();
    private final Map<UUID, BigDecimal> allocations = new HashMap<>();

    @AggregateMember
    private final ApprovalRuleChanges approvalRules = new ApprovalRuleChanges();

    @AggregateMember
    private final RankingWeightChanges rankingWeights = new RankingWeightChanges();

    /** For Axon, and for the first decision of a year that has no portfolio yet. */
    public Portfolio() {}

    public static String idOf(int fiscalYear) {
        return String.valueOf(fiscalYear);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestYearBudget command, LedgerCurrency ledger) {
        JointApproval.checkActsForASide(command.actor(), "request a year budget");
        checkFiscalYear(command.fiscalYear());
        Money requested = ledger.amount("budget", command.budget());
        checkCarriesAllocations(requested);
        if (budgetRequests.values().stream().anyMatch(request -> !request.isDecided())) {
            throw new ConflictException("A budget for " + command.fiscalYear() + " is already awaiting approval");
        }
        apply(new YearBudgetRequested(
                command.fiscalYear(),
                command.changeId(),
                requested,
                Texts.longText("rationale", command.rationale()),
                command.actor()));
    }

    @CommandHandler
    void handle(ApproveYearBudget command) {
        JointApproval request = request(command.changeId());
        request.checkApproval(command.actor(), command.version());
        Money requested = requestedBudgets.get(command.changeId());
        apply(new YearBudgetApproved(
                command.fiscalYear(),
                command.changeId(),
                command.version(),
                requested,
                command.comment() == null ? null : Texts.longText("comment", command.comment()),
                command.actor()));
        if (request.completedBy(command.actor())) {
            checkCarriesAllocations(requested);
            List<Approval> approvals = new ArrayList<>(request.approvals());
            apply(new YearBudgetSet(
                    command.fiscalYear(), command.changeId(), budget, requested, approvals, command.actor()));
        }
    }

    @CommandHandler
    void handle(RejectYearBudget command) {
        request(command.changeId()).checkRejection(command.actor(), command.reason());
        apply(new YearBudgetRejected(
                command.fiscalYear(), command.changeId(), Texts.longText("reason", command.reason()), command.actor()));
    }

    /** Approval and rejection go to {@link ApprovalRuleChanges}; a request may be the year's first decision. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestApprovalRules command) {
        checkFiscalYear(command.fiscalYear());
        apply(approvalRules.requested(command));
    }

    /** Approval and rejection go to {@link RankingWeightChanges}; a request may be the year's first decision. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestRankingWeights command) {
        checkFiscalYear(command.fiscalYear());
        apply(rankingWeights.requested(command));
    }

    /** The rules a change requested now in this year is recorded with. */
    public ApprovalRules approvalRules() {
        return approvalRules.inForce();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetDiscountRate command) {
        if (command.actor() == null || command.actor().side() != Side.FINANCE) {
            throw new NotPermittedException("The discount rate is Finance's to set");
        }
        checkFiscalYear(command.fiscalYear());
        BigDecimal rate = command.ratePercent();
        if (rate == null
                || rate.signum() < 0
                || rate.compareTo(new BigDecimal("100")) > 0
                || rate.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(
                    "ratePercent", "The discount rate must be between 0 and 100 %, with at most two decimals");
        }
        apply(new DiscountRateSet(command.fiscalYear(), rate, command.actor()));
    }

    /**
     * Moves a project's allocation, refusing when the year's total would exceed its budget.
     * Called within the command that decides the project's change, so both commit together or not at all.
     */
    public void allocate(int year, UUID projectId, UUID changeId, Money allocation, Actor decidedBy) {
        identify(year);
        if (budget == null) {
            // A year without a jointly set budget has no cap yet; allocations are still recorded, and a budget set
            // later must carry them.
            recordAllocation(projectId, changeId, allocation, decidedBy);
            return;
        }
        if (!budget.currency().equals(allocation.currency())) {
            throw new ConflictException(
                    "The " + fiscalYear + " budget is kept in " + budget.currency() + ", not " + allocation.currency());
        }
        BigDecimal others = allocatedTotal().subtract(allocations.getOrDefault(projectId, BigDecimal.ZERO));
        if (!PortfolioArithmetic.fits(allocation.amount(), PortfolioArithmetic.remaining(budget.amount(), others))) {
            BigDecimal totalAfter = others.add(allocation.amount());
            throw new ConflictException("This decision would allocate " + new Money(totalAfter, budget.currency())
                    + " of the " + fiscalYear + " IT budget of " + budget + "; raise the year's budget first");
        }
        recordAllocation(projectId, changeId, allocation, decidedBy);
    }

    /** The rate ROI cases of this year are computed with, once Finance has set one. */
    public Optional<BigDecimal> discountRatePercent() {
        return Optional.ofNullable(discountRatePercent);
    }

    private void recordAllocation(UUID projectId, UUID changeId, Money allocation, Actor decidedBy) {
        BigDecimal before = allocations.getOrDefault(projectId, BigDecimal.ZERO);
        BigDecimal total = allocatedTotal().subtract(before).add(allocation.amount());
        apply(new BudgetAllocated(
                fiscalYear,
                projectId,
                changeId,
                new Money(before, allocation.currency()),
                allocation,
                new Money(total, allocation.currency()),
                decidedBy));
    }

    private BigDecimal allocatedTotal() {
        return allocations.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void checkCarriesAllocations(Money requested) {
        // A new budget is all that is left before any allocation: what approved projects hold must fit in it.
        if (!PortfolioArithmetic.fits(allocatedTotal(), requested.amount())) {
            throw new ConflictException(
                    "Approved projects already take " + new Money(allocatedTotal(), requested.currency()) + " of "
                            + fiscalYear + "; the year's budget cannot be lower");
        }
    }

    private JointApproval request(UUID changeId) {
        JointApproval request = budgetRequests.get(changeId);
        if (request == null) {
            throw new dev.accord.domain.shared.NotFoundException(
                    "No budget request " + changeId + " for " + fiscalYear);
        }
        return request;
    }

    private static void checkFiscalYear(int year) {
        LedgerCalendar.checkFiscalYear(year);
    }

    @EventSourcingHandler
    void on(YearBudgetRequested event) {
        identify(event.fiscalYear());
        budgetRequests.put(event.changeId(), new JointApproval(event.requestedBy()));
        requestedBudgets.put(event.changeId(), event.budget());
    }

    @EventSourcingHandler
    void on(YearBudgetApproved event) {
        budgetRequests.get(event.changeId()).approved(new Approval(event.approvedBy(), event.version()));
    }

    @EventSourcingHandler
    void on(YearBudgetRejected event) {
        budgetRequests.get(event.changeId()).decided();
    }

    @EventSourcingHandler
    void on(YearBudgetSet event) {
        budgetRequests.get(event.changeId()).decided();
        budget = event.budget();
    }

    @EventSourcingHandler
    void on(ApprovalRulesRequested event) {
        identify(event.fiscalYear());
    }

    @EventSourcingHandler
    void on(RankingWeightsRequested event) {
        identify(event.fiscalYear());
    }

    @EventSourcingHandler
    void on(DiscountRateSet event) {
        identify(event.fiscalYear());
        discountRatePercent = event.ratePercent();
    }

    @EventSourcingHandler
    void on(BudgetAllocated event) {
        identify(event.fiscalYear());
        allocations.put(event.projectId(), event.allocation().amount());
    }

    private void identify(int year) {
        this.fiscalYear = year;
        this.portfolioId = idOf(year);
    }
}
