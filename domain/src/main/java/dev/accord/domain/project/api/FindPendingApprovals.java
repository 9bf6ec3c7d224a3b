package dev.accord.domain.project.api;

import dev.accord.domain.shared.Side;

/** Open changes awaiting the caller's side, without the caller's own requests. */
public record FindPendingApprovals(String userId, Side side) {}
