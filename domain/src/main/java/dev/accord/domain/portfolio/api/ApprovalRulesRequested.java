package dev.accord.domain.portfolio.api;

import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** New approval rules for the fiscal year were put on the table. */
@Revision("1")
public record ApprovalRulesRequested(
        int fiscalYear, UUID changeId, ApprovalRules rules, String rationale, Actor requestedBy) {}
