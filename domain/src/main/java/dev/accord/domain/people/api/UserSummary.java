package dev.accord.domain.people.api;

import dev.accord.domain.shared.Side;

/** A person as the administration view lists them. */
public record UserSummary(String username, String displayName, Side side, Role role, boolean enabled) {}
