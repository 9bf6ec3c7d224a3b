package dev.accord.domain.delegation.api;

import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One delegation given or received, with its state on the day it was read. */
public record DelegationSummary(
        UUID delegationId,
        Actor delegator,
        Actor delegate,
        LocalDate from,
        LocalDate until,
        DelegationState state,
        Instant grantedAt) {}
