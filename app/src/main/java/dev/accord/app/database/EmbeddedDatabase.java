package dev.accord.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server that Accord starts for itself when no database is configured, keeping its data
 * under the data directory so that the ledger survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase startIn(Path dataDirectory) {
        Path pgData = dataDirectory.toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(pgData);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryUnusableException(dataDirectory, "it cannot be created (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(pgData)) {
            throw new DataDirectoryUnusableException(dataDirectory, "it is not writable");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // Closed by the Spring context after everything that uses it, not by a JVM hook that
                    // could stop PostgreSQL while Axon is still shutting down.
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL {} is running on port {} with its data in {}",
                    "17", postgres.getPort(), pgData);
            return new EmbeddedDatabase(postgres);
        } catch (IOException | RuntimeException e) {
            if (Files.exists(pgData.resolve("postmaster.pid"))) {
                throw new DataDirectoryUnusableException(dataDirectory,
                        "another Accord (or PostgreSQL) is already using it");
            }
            throw new DataDirectoryUnusableException(dataDirectory,
                    "the embedded PostgreSQL could not start there (" + rootMessage(e) + ")");
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
