package dev.accord.domain.tokens.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/**
 * A person asks for a token their scripts can use instead of a password. Answered with an {@link IssuedApiToken},
 * the only time the secret is ever shown.
 */
public record IssueApiToken(String name, Integer expiresInDays, Actor actor) implements ActorCommand {}
