package dev.accord.domain.people.api;

import java.time.Instant;

/** One line of the administration log: when, who did it (user id and name), to whom, and what. */
public record UserAdministrationEntry(Instant at, String byUserId, String byName, String username, String what) {}
