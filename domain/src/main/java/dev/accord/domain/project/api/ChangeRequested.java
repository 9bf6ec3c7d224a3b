package dev.accord.domain.project.api;

import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A change was put on the table as version 1, under the fiscal year's approval rules in force then: they stay its
 * rules whatever the year decides later. Changes requested before thresholds existed carry none (null) and need one
 * approval of each side.
 */
@Revision("1")
public record ChangeRequested(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        ChangeTerms terms,
        String rationale,
        Actor requestedBy,
        ApprovalRules approvalRules) {

    /** Under the default rule: one approval of each side. */
    public ChangeRequested(
            UUID projectId, UUID changeId, ChangeKind kind, ChangeTerms terms, String rationale, Actor requestedBy) {
        this(projectId, changeId, kind, terms, rationale, requestedBy, null);
    }
}
