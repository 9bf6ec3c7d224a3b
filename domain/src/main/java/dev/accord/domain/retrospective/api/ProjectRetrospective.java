package dev.accord.domain.retrospective.api;

import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project looked back on, computed from its events. Recorded instants (proposal, decisions) are the times the
 * ledger recorded the events; months of actuals are the business periods they were recorded for.
 *
 * @param asOf the recorded instant of the project's newest event: the report covers the history up to it
 */
public record ProjectRetrospective(
        UUID projectId,
        String title,
        String sponsor,
        int fiscalYear,
        ProjectStatus status,
        Actor proposedBy,
        Instant proposedAt,
        Instant asOf,
        CostPlanVersusActual cost,
        BenefitPlanVersusActual benefits,
        SchedulePlanVersusActual schedule,
        List<MonthPlanVersusActual> months,
        List<DecisionLeadTime> decisions,
        DecisionCounts counts,
        List<StatedReason> reasons,
        List<Participant> participants) {}
