package dev.accord.domain.portfolio.api;

import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One person approved the requested approval rules. */
@Revision("1")
public record ApprovalRulesApproved(
        int fiscalYear, UUID changeId, int version, ApprovalRules rules, String comment, Actor approvedBy) {}
