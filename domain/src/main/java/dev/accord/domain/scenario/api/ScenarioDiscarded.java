package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A scenario was discarded at this version; the events that saved it stay, and its name may be used again. */
@Revision("1")
public record ScenarioDiscarded(int fiscalYear, UUID scenarioId, int version, String name, Actor discardedBy) {}
