package dev.accord.app.detail;

import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A change closed, and where it leaves its project.
 *
 * @param outcome approved (and taken effect), rejected or withdrawn
 * @param reason why it was rejected; null otherwise
 * @param approvedBudget the budget the decision applied, or null if it applied none (the approved one stays)
 */
public record ChangeDecision(
        UUID changeId,
        ChangeState outcome,
        String reason,
        Instant at,
        ProjectStatus statusAfter,
        Money approvedBudget) {}
