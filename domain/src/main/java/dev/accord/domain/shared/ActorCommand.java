package dev.accord.domain.shared;

/**
 * A command issued by a person. The application refuses any command whose actor is not the signed-in user,
 * so an actor cannot be forged by a client.
 */
public interface ActorCommand {

    Actor actor();
}
