package dev.accord.domain.portfolio.api;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Both sides approved: changes requested from now on in this fiscal year follow these rules. */
@Revision("1")
public record ApprovalRulesSet(
        int fiscalYear,
        UUID changeId,
        ApprovalRules rulesBefore,
        ApprovalRules rules,
        List<Approval> approvals,
        Actor decidedBy) {}
