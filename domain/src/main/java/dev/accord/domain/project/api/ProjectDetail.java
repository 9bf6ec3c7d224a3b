package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project as its page and GET /api/projects/{id} show it.
 *
 * @param department the requesting department, or null when the proposal named none
 */
public record ProjectDetail(
        UUID id,
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
        Money spendToDate,
        Money benefitsToDate,
        ReviewPolicy reviewPolicy,
        UUID openReassessmentId,
        String openReassessmentReason,
        Actor proposedBy,
        Instant proposedAt,
        List<ChangeRow> changes,
        List<EstimateRow> estimates,
        RoiCaseRow roiCase,
        List<AssessmentAnswerRow> assessment,
        List<ActualsRow> actuals) {}
