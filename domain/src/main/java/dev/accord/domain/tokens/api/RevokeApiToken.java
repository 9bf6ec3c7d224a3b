package dev.accord.domain.tokens.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;

/** A person withdraws one of their own tokens; it stops working at once. */
public record RevokeApiToken(UUID tokenId, Actor actor) implements ActorCommand {}
