package dev.accord.domain.delegation.api;

import dev.accord.domain.shared.Actor;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member or lead hands their approval authority to another member of the same side for the days from
 * {@code from} to {@code until}, both included (ledger calendar). It ends on its own after {@code until}.
 */
public record DelegationGranted(UUID delegationId, Actor delegator, Actor delegate, LocalDate from, LocalDate until) {}
