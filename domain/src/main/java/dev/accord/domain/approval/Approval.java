package dev.accord.domain.approval;

import dev.accord.domain.shared.Actor;

/** One person's approval of one exact version of a change. */
public record Approval(Actor approver, int version) {}
