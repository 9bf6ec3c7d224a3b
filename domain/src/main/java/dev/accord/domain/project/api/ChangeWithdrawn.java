package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The requester took the change off the table; withdrawing the initial budget withdraws the proposal. */
@Revision("1")
public record ChangeWithdrawn(
        UUID projectId, UUID changeId, ChangeKind kind, int version, ProjectStatus statusAfter, Actor withdrawnBy) {}
