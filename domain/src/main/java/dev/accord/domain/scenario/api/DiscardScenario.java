package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Discards a saved scenario (the version the person saw); its name is free again, its history stays. */
public record DiscardScenario(int fiscalYear, UUID scenarioId, int version, Actor actor) implements ScenarioCommand {

    @TargetAggregateIdentifier
    public String scenarios() {
        return ScenarioCommand.scenariosOf(fiscalYear);
    }
}
