package dev.accord.app.history;

import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.portfolio.api.MonthlySpend;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Folds a fiscal year's portfolio events and the events of its projects into the portfolio as its page shows it:
 * the same figures and ranking the portfolio read model gives for the same events, computed in memory.
 */
final class PortfolioFold {

    private static final Set<ProjectStatus> OUT_OF_THE_RANKING =
            EnumSet.of(ProjectStatus.REJECTED, ProjectStatus.CANCELLED);
    /** By ROI, then NPV, highest first and unknown figures last, then by title: the portfolio page's order. */
    private static final Comparator<Candidate> RANKING = Comparator.comparing(
                    (Candidate c) -> c.roiPercent, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.npv, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.title);

    private final int fiscalYear;
    private final String ledgerCurrency;
    private BigDecimal budget;
    private String currency;
    private BigDecimal discountRatePercent;
    private UUID pendingBudgetChange;
    private BigDecimal pendingBudget;
    private final Map<UUID, Candidate> projects = new LinkedHashMap<>();
    private final Map<UUID, Map<YearMonth, BigDecimal>> spendByProjectAndMonth = new LinkedHashMap<>();

    PortfolioFold(int fiscalYear, String ledgerCurrency) {
        this.fiscalYear = fiscalYear;
        this.ledgerCurrency = ledgerCurrency;
    }

    /** An event of the year's Portfolio aggregate. */
    void applyYear(Object event) {
        if (event instanceof YearBudgetRequested e) {
            pendingBudgetChange = e.changeId();
            pendingBudget = e.budget().amount();
        } else if (event instanceof YearBudgetSet e) {
            budget = e.budget().amount();
            currency = e.budget().currency();
            pendingBudgetChange = null;
            pendingBudget = null;
        } else if (event instanceof YearBudgetRejected) {
            pendingBudgetChange = null;
            pendingBudget = null;
        } else if (event instanceof DiscountRateSet e) {
            discountRatePercent = e.ratePercent();
        } else if (event instanceof BudgetAllocated e) {
            Candidate project = projects.get(e.projectId());
            if (project != null) {
                project.allocated = e.allocation().amount();
            }
        }
    }

    /** An event of one of the year's projects. */
    void applyProject(Object event) {
        if (event instanceof ProjectProposed e) {
            projects.putIfAbsent(e.projectId(), new Candidate(e));
        } else if (event instanceof ChangeTookEffect e) {
            projects.get(e.projectId()).status = e.statusAfter();
        } else if (event instanceof ChangeRejected e) {
            projects.get(e.projectId()).status = e.statusAfter();
        } else if (event instanceof ChangeWithdrawn e) {
            projects.get(e.projectId()).status = e.statusAfter();
        } else if (event instanceof RoiCaseRecorded e) {
            Candidate project = projects.get(e.projectId());
            project.npv = e.figures().npv();
            project.roiPercent = e.figures().roiPercent();
            project.irrPercent = e.figures().irrPercent();
        } else if (event instanceof ActualsRecorded e) {
            projects.get(e.projectId()).spendToDate = e.spendToDate().amount();
            spendByProjectAndMonth
                    .computeIfAbsent(e.projectId(), id -> new TreeMap<>())
                    .put(e.period(), e.spend().amount());
        }
    }

    PortfolioSummary portfolio() {
        String shownCurrency = currency == null ? ledgerCurrency : currency;
        BigDecimal allocated =
                projects.values().stream().map(p -> p.allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = budget == null ? null : budget.subtract(allocated);
        List<RankedProject> ranked = new ArrayList<>();
        projects.values().stream()
                .filter(p -> !OUT_OF_THE_RANKING.contains(p.status))
                .sorted(RANKING)
                .forEach(p -> ranked.add(p.ranked(ranked.size() + 1, remaining)));
        Map<YearMonth, BigDecimal> spendByMonth = new TreeMap<>();
        spendByProjectAndMonth
                .values()
                .forEach(months -> months.forEach((month, spend) -> spendByMonth.merge(month, spend, BigDecimal::add)));
        return new PortfolioSummary(
                fiscalYear,
                money(budget, shownCurrency),
                money(allocated, shownCurrency),
                money(remaining, shownCurrency),
                discountRatePercent,
                pendingBudgetChange,
                money(pendingBudget, shownCurrency),
                ranked,
                spendByMonth.entrySet().stream()
                        .map(month -> new MonthlySpend(month.getKey(), new Money(month.getValue(), shownCurrency)))
                        .toList());
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    /** One project of the year with the figures the ranking uses. */
    private static final class Candidate {
        final UUID projectId;
        final String title;
        final Money requested;
        ProjectStatus status = ProjectStatus.PROPOSED;
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal spendToDate = BigDecimal.ZERO;
        BigDecimal npv;
        BigDecimal roiPercent;
        BigDecimal irrPercent;

        Candidate(ProjectProposed proposal) {
            projectId = proposal.projectId();
            title = proposal.title();
            requested = proposal.requestedBudget();
        }

        RankedProject ranked(int rank, BigDecimal remaining) {
            // A candidate fits when what it asks for is still left; an approved project already holds its share.
            boolean fits = status != ProjectStatus.PROPOSED
                    || remaining == null
                    || requested.amount().compareTo(remaining) <= 0;
            String currency = requested.currency();
            return new RankedProject(
                    rank,
                    projectId,
                    title,
                    status,
                    requested,
                    new Money(allocated, currency),
                    new Money(spendToDate, currency),
                    npv,
                    roiPercent,
                    irrPercent,
                    fits);
        }
    }
}
