package dev.accord.domain.shared;

/** The command names something the ledger does not hold: a change, a reassessment, a request. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
