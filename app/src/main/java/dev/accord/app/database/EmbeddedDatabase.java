package dev.accord.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server that Accord starts for itself when no database is configured, keeping its data
 * under the data directory so that the ledger survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final Duration ORPHAN_STOP_PATIENCE = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockFile;
    private final FileLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockFile, FileLock lock) {
        this.postgres = postgres;
        this.lockFile = lockFile;
        this.lock = lock;
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
        // One Accord per data directory: the lock is held for the life of this process and released by the
        // operating system however the process ends, even by kill -9.
        FileChannel lockFile;
        try {
            lockFile = FileChannel.open(dataDirectory.resolve("accord.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DataDirectoryUnusableException(dataDirectory, "its lock file cannot be written ("
                    + e.getMessage() + ")");
        }
        FileLock lock = tryLock(lockFile);
        if (lock == null) {
            release(lockFile);
            throw new DataDirectoryUnusableException(dataDirectory, "another Accord is already using it");
        }
        stopOrphanedServer(pgData);
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
            return new EmbeddedDatabase(postgres, lockFile, lock);
        } catch (IOException | RuntimeException e) {
            release(lockFile);
            throw new DataDirectoryUnusableException(dataDirectory,
                    "the embedded PostgreSQL could not start there (" + rootMessage(e) + ")");
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockFile.close();
        }
    }

    /**
     * A PostgreSQL left running on our data directory by an Accord that was killed (kill -9, power loss of the
     * JVM only) would keep its lock on the data; we hold the Accord lock, so it is nobody's: stop it, as
     * PostgreSQL's own fast shutdown would, and let the new server recover from the write-ahead log.
     */
    private static void stopOrphanedServer(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(orphan -> {
                        log.warn("Stopping the PostgreSQL (pid {}) that an earlier Accord left running on {}", pid,
                                pgData);
                        orphan.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown; SIGINT would be "fast"
                        try {
                            orphan.onExit().get(ORPHAN_STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS);
                        } catch (Exception notStopped) {
                            orphan.destroyForcibly();
                        }
                    });
        } catch (IOException | RuntimeException unreadable) {
            log.warn("Could not read {}: {}", pidFile, unreadable.getMessage());
        }
    }

    /** The lock, or null when another process (or this one, in tests) holds it. */
    private static FileLock tryLock(FileChannel lockFile) {
        try {
            return lockFile.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException | IOException held) {
            return null;
        }
    }

    private static void release(FileChannel lockFile) {
        try {
            lockFile.close();
        } catch (IOException ignored) {
            // closing releases the lock; nothing more to do
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
