package dev.accord.domain.shared;

/** A command carried a value the ledger does not accept. Names the field, so UI and API can point at it. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
