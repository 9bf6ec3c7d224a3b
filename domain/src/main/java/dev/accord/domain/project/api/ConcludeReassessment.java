package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a reassessment once both sides have given their view; ADJUST opens a BUDGET change, STOP a CANCEL change. */
public record ConcludeReassessment(
        @TargetAggregateIdentifier UUID projectId,
        UUID reassessmentId,
        ReassessmentOutcome outcome,
        UUID followUpChangeId,
        Money adjustedBudget,
        String rationale,
        Actor actor)
        implements ReassessmentCommand {}
