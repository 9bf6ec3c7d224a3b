package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Saves a scenario again with another name, other projects or other amounts, as its next version. {@code version} is
 * the one the person revised: someone else's revision since is not overwritten unseen.
 */
public record ReviseScenario(
        int fiscalYear, UUID scenarioId, int version, String name, List<ScenarioProject> projects, Actor actor)
        implements ScenarioCommand {

    @TargetAggregateIdentifier
    public String scenarios() {
        return ScenarioCommand.scenariosOf(fiscalYear);
    }
}
