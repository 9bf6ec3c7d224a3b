package dev.accord.domain.operations.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

/** An administrator started rebuilding the read models; kept so the ledger shows who did it and when. */
@Revision("1")
public record ReadModelRebuildStarted(Actor startedBy) {}
