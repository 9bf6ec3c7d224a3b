package dev.accord.app.database;

/** The owner role and the runtime role of an external database are not set up as Accord needs them. */
public class RolesMisconfiguredException extends RuntimeException {

    RolesMisconfiguredException(String message) {
        super(message);
    }
}
