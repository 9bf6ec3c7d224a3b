package dev.accord.domain.retrospective.api;

/** A fiscal year looked back on: its budget, its projects' plan against actual, decisions and participants. */
public record FindYearRetrospective(int fiscalYear) {}
