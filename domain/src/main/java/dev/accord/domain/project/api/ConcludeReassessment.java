package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Proposes how a reassessment ends once both sides have given their view: opens a CONCLUSION change {@code changeId};
 * once Finance and IT have approved it, the reassessment is concluded, and ADJUST opens a BUDGET change, STOP a CANCEL
 * change, as {@code followUpChangeId}.
 */
public record ConcludeReassessment(
        @TargetAggregateIdentifier UUID projectId,
        UUID reassessmentId,
        UUID changeId,
        ReassessmentOutcome outcome,
        UUID followUpChangeId,
        Money adjustedBudget,
        String rationale,
        Actor actor)
        implements ReassessmentCommand {}
