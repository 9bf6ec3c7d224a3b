package dev.accord.app.api;

/** The API was asked for something the ledger does not hold. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
