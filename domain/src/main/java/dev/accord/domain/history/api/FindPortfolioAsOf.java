package dev.accord.domain.history.api;

import java.time.Instant;

/** A fiscal year's portfolio as it stood at an instant, same shape as today's. */
public record FindPortfolioAsOf(int fiscalYear, Instant asOf) {}
