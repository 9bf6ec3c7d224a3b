package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import org.axonframework.serialization.Revision;

/** A person was added. The password is never part of the record. */
@Revision("1")
public record UserAdded(String username, String displayName, Side side, Role role, Actor addedBy) {}
