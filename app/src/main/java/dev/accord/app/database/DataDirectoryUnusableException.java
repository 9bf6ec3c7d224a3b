package dev.accord.app.database;

import java.nio.file.Path;

/** The embedded database cannot keep its data where it was told to. */
public class DataDirectoryUnusableException extends RuntimeException {

    private final Path dataDirectory;
    private final String reason;

    public DataDirectoryUnusableException(Path dataDirectory, String reason) {
        super("Data directory " + dataDirectory.toAbsolutePath().normalize() + " cannot be used: " + reason);
        this.dataDirectory = dataDirectory;
        this.reason = reason;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String reason() {
        return reason;
    }
}
