package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import dev.accord.domain.shared.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Someone from Finance or IT puts an IT initiative on the table with the budget it asks for. */
public record ProposeProject(
        @TargetAggregateIdentifier UUID projectId,
        String title,
        String description,
        Money requestedBudget,
        Actor actor) implements ActorCommand {
}
