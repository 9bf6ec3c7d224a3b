package dev.accord.domain.tokens.api;

import java.time.Instant;
import java.util.UUID;

/** One of a person's tokens as they may see it again: everything but the secret. lastUsedAt is null if never used. */
public record ApiTokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}
