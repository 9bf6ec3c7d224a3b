package dev.accord.app.api;

import java.io.IOException;

/** A request body sent without its length passed accord.max-request-size while it was being read. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(String message) {
        super(message);
    }
}
