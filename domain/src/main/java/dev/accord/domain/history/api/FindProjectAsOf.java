package dev.accord.domain.history.api;

import java.time.Instant;
import java.util.UUID;

/** A project as it stood at an instant: every event recorded up to and including it. Empty before the proposal. */
public record FindProjectAsOf(UUID projectId, Instant asOf) {}
