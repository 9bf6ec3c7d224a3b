package dev.accord.domain.people.api;

/** Everyone who can sign in, or could. */
public record FindUsers(boolean includeDisabled) {}
