package dev.accord.domain.operations.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/** Rebuild every read model from the first event, while the current ones keep serving; administrators only. */
public record RebuildReadModels(Actor actor) implements ActorCommand {}
