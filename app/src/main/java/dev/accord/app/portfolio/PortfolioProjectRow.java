package dev.accord.app.portfolio;

import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.roi.RoiFigures;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A project of a fiscal year as the portfolio ranks it (table {@code portfolio_project}). The as-of view keeps the same
 * rows in memory.
 *
 * @param department the requesting department, null when the proposal named none
 */
public record PortfolioProjectRow(
        UUID projectId,
        int fiscalYear,
        String title,
        ProjectStatus status,
        String currency,
        BigDecimal requested,
        BigDecimal allocated,
        BigDecimal spendToDate,
        BigDecimal npv,
        BigDecimal roiPercent,
        BigDecimal irrPercent,
        String department) {

    /** A project as its proposal brings it into its year: no share of the budget, no spend, no ROI case yet. */
    static PortfolioProjectRow proposed(
            UUID projectId, int fiscalYear, String title, String currency, BigDecimal requested, String department) {
        return new PortfolioProjectRow(
                projectId,
                fiscalYear,
                title,
                ProjectStatus.PROPOSED,
                currency,
                requested,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                null,
                null,
                department);
    }

    PortfolioProjectRow withStatus(ProjectStatus next) {
        return new PortfolioProjectRow(
                projectId,
                fiscalYear,
                title,
                next,
                currency,
                requested,
                allocated,
                spendToDate,
                npv,
                roiPercent,
                irrPercent,
                department);
    }

    PortfolioProjectRow withFigures(RoiFigures figures) {
        return new PortfolioProjectRow(
                projectId,
                fiscalYear,
                title,
                status,
                currency,
                requested,
                allocated,
                spendToDate,
                figures.npv(),
                figures.roiPercent(),
                figures.irrPercent(),
                department);
    }

    PortfolioProjectRow withSpendToDate(BigDecimal amount) {
        return new PortfolioProjectRow(
                projectId,
                fiscalYear,
                title,
                status,
                currency,
                requested,
                allocated,
                amount,
                npv,
                roiPercent,
                irrPercent,
                department);
    }

    PortfolioProjectRow withAllocated(BigDecimal amount) {
        return new PortfolioProjectRow(
                projectId,
                fiscalYear,
                title,
                status,
                currency,
                requested,
                amount,
                spendToDate,
                npv,
                roiPercent,
                irrPercent,
                department);
    }
}
