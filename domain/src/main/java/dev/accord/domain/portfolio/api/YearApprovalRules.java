package dev.accord.domain.portfolio.api;

import dev.accord.domain.approval.ApprovalRules;
import java.util.UUID;

/**
 * A fiscal year's approval rules in force (no tiers: one approval of each side) and, while one awaits approval, the
 * requested rules with the request's id and requester (else nulls).
 */
public record YearApprovalRules(
        int fiscalYear,
        ApprovalRules inForce,
        UUID pendingChangeId,
        ApprovalRules pending,
        String pendingRequestedBy) {}
