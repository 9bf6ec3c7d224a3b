package dev.accord.domain.project.api;

import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A change was put on the table as version 1, under the fiscal year's approval rules in force then: they stay its
 * rules whatever the year decides later. Changes requested before thresholds existed carry none (null) and need one
 * approval of each side. {@code businessCase} is the year's rule on which budget changes need a complete business
 * case before they take effect, recorded with every change since that rule exists; changes requested before carry
 * none (null) and need no business case.
 */
@Revision("1")
public record ChangeRequested(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        ChangeTerms terms,
        String rationale,
        Actor requestedBy,
        ApprovalRules approvalRules,
        BusinessCaseRule businessCase) {

    /** Under the year's rules, before the business case was recorded with a change: such changes need none. */
    public ChangeRequested(
            UUID projectId,
            UUID changeId,
            ChangeKind kind,
            ChangeTerms terms,
            String rationale,
            Actor requestedBy,
            ApprovalRules approvalRules) {
        this(projectId, changeId, kind, terms, rationale, requestedBy, approvalRules, null);
    }

    /** Under the default rule: one approval of each side. */
    public ChangeRequested(
            UUID projectId, UUID changeId, ChangeKind kind, ChangeTerms terms, String rationale, Actor requestedBy) {
        this(projectId, changeId, kind, terms, rationale, requestedBy, null, null);
    }
}
