package dev.accord.app.actualsimport;

/** The file is no spreadsheet the import reads; the message says what it found and what it expects. */
class UnreadableSheetException extends Exception {

    UnreadableSheetException(String message) {
        super(message);
    }

    UnreadableSheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
