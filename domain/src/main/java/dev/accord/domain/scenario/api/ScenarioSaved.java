package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A scenario was saved as version 1: part of the shared record, not a decision. */
@Revision("1")
public record ScenarioSaved(
        int fiscalYear, UUID scenarioId, String name, List<ScenarioProject> projects, Actor savedBy) {}
