package dev.accord.domain.people.api;

/** What was done to people's accounts, newest first, at most {@code limit} entries. */
public record FindUserAdministrationLog(int limit) {}
