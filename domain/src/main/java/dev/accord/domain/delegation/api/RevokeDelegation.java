package dev.accord.domain.delegation.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;

/** The delegator takes their approval authority back, before or during the delegation's period. */
public record RevokeDelegation(UUID delegationId, Actor actor) implements ActorCommand {}
