package dev.accord.domain.shared;

/** The command contradicts the current state: a stale version, a decided change, a second approval. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
