package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.time.Instant;

/** One approval as given: by whom, of which version, and whether a later revision voided it. */
public record ApprovalRow(Actor approver, int version, String comment, Instant at, boolean voided) {}
