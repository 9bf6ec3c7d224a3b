package dev.accord.domain.tokens.api;

import java.time.Instant;
import java.util.UUID;

/** A new token and its secret, which Accord keeps only as a hash and never shows again. */
public record IssuedApiToken(UUID id, String token, Instant expiresAt) {}
