package dev.accord.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The passwords of the embedded database's two roles, each generated at the first start and kept in the data
 * directory, readable by its owner only: whoever may read them may read the database files next to them anyway,
 * and nobody else may.
 */
public enum DatabasePassword {

    /** The role Accord runs as ({@value AccordRoles#RUNTIME}). */
    RUNTIME("database.password"),
    /** The role that owns the history and migrates ({@value AccordRoles#OWNER}). */
    OWNER("database-owner.password");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String fileName;

    DatabasePassword(String fileName) {
        this.fileName = fileName;
    }

    public Path fileIn(Path dataDirectory) {
        return dataDirectory.resolve(fileName);
    }

    /** The kept password, if there is one. */
    public Optional<String> readFrom(Path dataDirectory) {
        Path file = fileIn(dataDirectory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                // Someone widened it; the password is only as safe as the file.
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            return password.isEmpty() ? Optional.empty() : Optional.of(password);
        } catch (IOException e) {
            throw new DataDirectoryUnusableException(
                    dataDirectory, "its database password file " + file + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A new password of 256 random bits, written (whole or not at all) to the data directory before it is used. */
    String generateIn(Path dataDirectory) {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Path file = fileIn(dataDirectory);
        Path partial = file.resolveSibling(fileName + ".partial");
        try {
            Files.deleteIfExists(partial);
            // Created with its final permissions, so the password is never readable by others, not even for a moment.
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(
                    partial,
                    password + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DataDirectoryUnusableException(
                    dataDirectory,
                    "its database password file " + file + " cannot be written (" + e.getMessage() + ")");
        }
        return password;
    }
}
