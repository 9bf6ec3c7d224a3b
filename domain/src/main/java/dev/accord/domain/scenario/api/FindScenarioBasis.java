package dev.accord.domain.scenario.api;

/** What the fiscal year's scenarios are weighed against: its budget, its rate and its ranked projects. */
public record FindScenarioBasis(int fiscalYear) {}
