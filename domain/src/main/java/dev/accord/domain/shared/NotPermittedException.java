package dev.accord.domain.shared;

/** The actor's role or side may not do this, whatever the client offered. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
