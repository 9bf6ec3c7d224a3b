package dev.accord.domain.people.api;

/** One person's account as the administration view lists it, for the person's own page; empty if unknown. */
public record FindUser(String username) {}
