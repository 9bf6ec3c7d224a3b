package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Money;
import java.util.UUID;

/** A project chosen for a scenario, with the amount the scenario gives it (its requested budget, or another). */
public record ScenarioProject(UUID projectId, Money amount) {}
