package dev.accord.domain.delegation.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;

/** The delegator took their approval authority back before the delegation's period ended. */
public record DelegationRevoked(UUID delegationId, Actor revokedBy) {}
