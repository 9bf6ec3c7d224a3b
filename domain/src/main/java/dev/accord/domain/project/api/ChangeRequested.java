package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A change was put on the table as version 1. */
@Revision("1")
public record ChangeRequested(
        UUID projectId, UUID changeId, ChangeKind kind, ChangeTerms terms, String rationale, Actor requestedBy) {}
