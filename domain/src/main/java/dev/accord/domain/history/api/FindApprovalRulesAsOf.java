package dev.accord.domain.history.api;

import java.time.Instant;

/** A fiscal year's approval rules as they stood at an instant: those in force and any request awaiting approval. */
public record FindApprovalRulesAsOf(int fiscalYear, Instant asOf) {}
