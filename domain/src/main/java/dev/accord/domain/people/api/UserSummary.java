package dev.accord.domain.people.api;

import dev.accord.domain.shared.Side;

/** A person as the administration view lists them; {@code lead} is true for the lead of their side. */
public record UserSummary(
        String username, String displayName, Side side, Role role, boolean enabled, String email, boolean lead) {}
