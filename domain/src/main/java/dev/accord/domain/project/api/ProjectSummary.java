package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A project as the projects list shows it. */
public record ProjectSummary(
        UUID id,
        String title,
        String description,
        ProjectStatus status,
        Money requestedBudget,
        Money approvedBudget,
        Actor proposedBy,
        Instant proposedAt,
        Integer fiscalYear,
        Money spendToDate,
        BigDecimal npv,
        BigDecimal roiPercent) {}
