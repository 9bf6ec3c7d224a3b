package dev.accord.domain.delegation.api;

/** The delegations the user has given or received, newest first. */
public record FindDelegations(String userId) {}
