package dev.accord.domain.scenario.api;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.util.UUID;

/**
 * The change a scenario implies for one project whose amount in it differs from its budget now: a BUDGET change for
 * a project under way; for a proposal, a revision of its INITIAL_BUDGET change (only its requester may revise it).
 */
public record ImpliedChange(
        UUID projectId, String title, ProjectStatus status, Money from, Money to, UUID initialChangeId) {

    public ChangeKind kind() {
        return status == ProjectStatus.PROPOSED ? ChangeKind.INITIAL_BUDGET : ChangeKind.BUDGET;
    }
}
