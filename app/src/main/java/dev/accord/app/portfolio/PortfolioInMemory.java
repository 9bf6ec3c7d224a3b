package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The portfolio read model's rows kept in memory, for a view of the past folded from the events: each change is made
 * to its row as the live tables' statement makes it (a change to a row that is not there changes nothing), and the
 * summary is made from the rows by the same code as the live one.
 */
public final class PortfolioInMemory implements PortfolioChanges {

    private final Map<Integer, PortfolioYearRow> years = new LinkedHashMap<>();
    private final Map<UUID, PortfolioProjectRow> projects = new LinkedHashMap<>();
    private final Map<UUID, Map<YearMonth, PortfolioActualsRow>> actuals = new LinkedHashMap<>();

    /** The year as the portfolio page shows it, from the rows folded so far. */
    public PortfolioSummary summary(int fiscalYear, String ledgerCurrency) {
        return PortfolioSummaries.of(
                fiscalYear,
                ledgerCurrency,
                years.get(fiscalYear),
                projects.values().stream()
                        .filter(project -> project.fiscalYear() == fiscalYear)
                        .toList(),
                actuals.values().stream()
                        .flatMap(months -> months.values().stream())
                        .filter(month -> month.fiscalYear() == fiscalYear)
                        .toList());
    }

    @Override
    public void proposed(PortfolioProjectRow project) {
        projects.putIfAbsent(project.projectId(), project);
    }

    @Override
    public void statusChanged(UUID projectId, ProjectStatus status) {
        projects.computeIfPresent(projectId, (id, row) -> row.withStatus(status));
    }

    @Override
    public void figuresRecorded(UUID projectId, RoiFigures figures) {
        projects.computeIfPresent(projectId, (id, row) -> row.withFigures(figures));
    }

    @Override
    public void monthRecorded(UUID projectId, YearMonth period, BigDecimal spend, BigDecimal spendToDate) {
        PortfolioProjectRow project =
                projects.computeIfPresent(projectId, (id, row) -> row.withSpendToDate(spendToDate));
        if (project != null) {
            actuals.computeIfAbsent(projectId, id -> new LinkedHashMap<>())
                    .put(period, new PortfolioActualsRow(projectId, period, project.fiscalYear(), spend));
        }
    }

    @Override
    public void allocated(UUID projectId, BigDecimal allocation) {
        projects.computeIfPresent(projectId, (id, row) -> row.withAllocated(allocation));
    }

    @Override
    public void budgetRequested(int fiscalYear, UUID changeId, BigDecimal amount) {
        years.put(fiscalYear, opened(fiscalYear).withPendingBudget(changeId, amount));
    }

    @Override
    public void budgetSet(int fiscalYear, Money budget) {
        years.computeIfPresent(fiscalYear, (year, row) -> row.withBudget(budget.amount(), budget.currency()));
    }

    @Override
    public void budgetRejected(int fiscalYear) {
        years.computeIfPresent(fiscalYear, (year, row) -> row.withoutPendingBudget());
    }

    @Override
    public void discountRateSet(int fiscalYear, BigDecimal ratePercent) {
        years.put(fiscalYear, opened(fiscalYear).withDiscountRate(ratePercent));
    }

    private PortfolioYearRow opened(int fiscalYear) {
        return years.getOrDefault(fiscalYear, PortfolioYearRow.opened(fiscalYear));
    }
}
