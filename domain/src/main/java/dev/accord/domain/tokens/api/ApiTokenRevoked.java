package dev.accord.domain.tokens.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A token was withdrawn by its owner. */
@Revision("1")
public record ApiTokenRevoked(UUID tokenId, Actor revokedBy) {}
