package dev.accord.app.integrity.cli;

/** The verification could not be made (bad options, no database, no key): no verdict on the history. */
final class VerificationRefused extends RuntimeException {

    VerificationRefused(String message) {
        super(message);
    }
}
