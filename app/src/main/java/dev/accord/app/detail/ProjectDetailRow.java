package dev.accord.app.detail;

import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project's own row in the detail read model: the proposal as made, and where the project stands. Figures that
 * follow from other rows (spend and benefits to date) are not kept here; {@link ProjectDetailRows} derives them.
 *
 * @param department the requesting department, null when the proposal named none
 * @param approvedBudget null until a decision applies a budget
 */
public record ProjectDetailRow(
        UUID projectId,
        String title,
        String description,
        String sponsor,
        String department,
        List<String> processesImproved,
        List<String> companyObjectives,
        List<String> itObjectives,
        int fiscalYear,
        ProjectStatus status,
        Money requestedBudget,
        Money approvedBudget,
        ReviewPolicy reviewPolicy,
        UUID openReassessmentId,
        String openReassessmentReason,
        Actor proposedBy,
        Instant proposedAt) {

    public String currency() {
        return requestedBudget.currency();
    }

    /** @param approved the budget a decision applied, or null if it applied none (the approved budget stays) */
    ProjectDetailRow withStatus(ProjectStatus newStatus, Money approved) {
        return new ProjectDetailRow(
                projectId,
                title,
                description,
                sponsor,
                department,
                processesImproved,
                companyObjectives,
                itObjectives,
                fiscalYear,
                newStatus,
                requestedBudget,
                approved == null ? approvedBudget : approved,
                reviewPolicy,
                openReassessmentId,
                openReassessmentReason,
                proposedBy,
                proposedAt);
    }

    /** @param reassessmentId null once the open reassessment is concluded */
    ProjectDetailRow withOpenReassessment(UUID reassessmentId, String reason) {
        return new ProjectDetailRow(
                projectId,
                title,
                description,
                sponsor,
                department,
                processesImproved,
                companyObjectives,
                itObjectives,
                fiscalYear,
                status,
                requestedBudget,
                approvedBudget,
                reviewPolicy,
                reassessmentId,
                reason,
                proposedBy,
                proposedAt);
    }

    ProjectDetailRow withReviewPolicy(ReviewPolicy policy) {
        return new ProjectDetailRow(
                projectId,
                title,
                description,
                sponsor,
                department,
                processesImproved,
                companyObjectives,
                itObjectives,
                fiscalYear,
                status,
                requestedBudget,
                approvedBudget,
                policy,
                openReassessmentId,
                openReassessmentReason,
                proposedBy,
                proposedAt);
    }
}
