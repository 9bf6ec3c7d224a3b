package dev.accord.domain.shared;

/**
 * Implemented by the signed-in principal, so that views and controllers can name the actor of a command
 * without knowing how users are stored. The server checks that a command's actor is the signed-in user.
 */
public interface ActorPrincipal {

    Actor actor();

    /**
     * Whether an administrator set this person's password and they have not chosen their own since: until they have,
     * they may send no command but choosing it.
     */
    default boolean mustChoosePassword() {
        return false;
    }
}
