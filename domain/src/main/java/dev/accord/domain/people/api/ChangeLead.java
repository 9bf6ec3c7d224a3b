package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/** An administrator makes a member their side's lead (the CFO, the CIO), or no longer. */
public record ChangeLead(String username, boolean lead, Actor actor) implements ActorCommand {}
