package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A scenario was saved again as its next version, whole: its name, projects and amounts as they now are. */
@Revision("1")
public record ScenarioRevised(
        int fiscalYear, UUID scenarioId, int version, String name, List<ScenarioProject> projects, Actor revisedBy) {}
