package dev.accord.domain.tokens.api;

/** A person's tokens that still work, newest first, without their secrets. */
public record FindApiTokens(String username) {}
