package dev.accord.domain.scenario.api;

import java.util.UUID;

/** One saved scenario of the fiscal year, with its projects and amounts. */
public record FindScenario(int fiscalYear, UUID scenarioId) {}
