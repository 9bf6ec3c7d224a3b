package dev.accord.domain.portfolio.api;

import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A project of the year in ranking order, its score and each part of it, its joint assessment (null: not yet
 * assessed), and whether its requested budget still fits what is left.
 *
 * @param department the department that asked for it, or null when its proposal named none
 */
public record RankedProject(
        int rank,
        UUID projectId,
        String title,
        ProjectStatus status,
        Money requestedBudget,
        Money allocated,
        Money spendToDate,
        BigDecimal npv,
        BigDecimal roiPercent,
        BigDecimal irrPercent,
        boolean fitsRemaining,
        String department,
        JointAssessment assessment,
        RankingScore score) {

    public boolean isAssessed() {
        return assessment != null;
    }
}
