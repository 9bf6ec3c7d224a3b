package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

/** A person's password was set anew by an administrator. */
@Revision("1")
public record PasswordReset(String username, Actor resetBy) {}
