package dev.accord.domain.scenario.api;

/** The fiscal year's saved scenarios, by name. */
public record FindScenarios(int fiscalYear) {}
