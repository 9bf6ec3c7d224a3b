package dev.accord.domain.history.api;

import java.util.UUID;

/** What was on the table when the decision recorded at that step was taken, and what was learned afterwards. */
public record FindDecisionContext(UUID projectId, long sequence) {}
