package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Saves a what-if set of the year's projects under a name both sides see; it decides nothing. */
public record SaveScenario(int fiscalYear, UUID scenarioId, String name, List<ScenarioProject> projects, Actor actor)
        implements ScenarioCommand {

    @TargetAggregateIdentifier
    public String scenarios() {
        return ScenarioCommand.scenariosOf(fiscalYear);
    }
}
