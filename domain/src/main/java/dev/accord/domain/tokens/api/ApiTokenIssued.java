package dev.accord.domain.tokens.api;

import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A token was issued to the person named in issuedBy. Neither its secret nor its hash is recorded here. */
@Revision("1")
public record ApiTokenIssued(UUID tokenId, String name, Instant expiresAt, Actor issuedBy) {}
