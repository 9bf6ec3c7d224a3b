package dev.accord.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server that Accord starts for itself when no database is configured, keeping its data
 * under the data directory so that the ledger survives restarts. It is a production database: durable (fsync,
 * synchronous commits, full pages), reachable from this machine only, and only by Accord's own two roles (see
 * {@link AccordRoles}) with the passwords kept in the data directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final Duration ORPHAN_STOP_PATIENCE = Duration.ofSeconds(30);
    private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Passwords passwords;
    private final FileChannel lockFile;
    private final FileLock lock;

    private EmbeddedDatabase(
            EmbeddedPostgres postgres, Path dataDirectory, Passwords passwords, FileChannel lockFile, FileLock lock) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.passwords = passwords;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /** The product's database: durable. */
    public static EmbeddedDatabase startIn(Path dataDirectory) {
        return startIn(dataDirectory, Durability.DURABLE);
    }

    public static EmbeddedDatabase startIn(Path dataDirectory, Durability durability) {
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
            lockFile = FileChannel.open(
                    dataDirectory.resolve("accord.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DataDirectoryUnusableException(
                    dataDirectory, "its lock file cannot be written (" + e.getMessage() + ")");
        }
        FileLock lock = tryLock(lockFile);
        if (lock == null) {
            release(lockFile);
            throw new DataDirectoryUnusableException(dataDirectory, "another Accord is already using it");
        }
        stopOrphanedServer(pgData);
        try {
            Optional<String> runtimePassword = DatabasePassword.RUNTIME.readFrom(dataDirectory);
            Optional<String> ownerPassword = DatabasePassword.OWNER.readFrom(dataDirectory);
            // A data directory from before the owner role has no owner password and other client rules: it is
            // handed over again, and the owner takes the history from the runtime role.
            boolean secured = runtimePassword.isPresent()
                    && ownerPassword.isPresent()
                    && ClientAuthentication.isAccordOnly(pgData);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // Closed by the Spring context after everything that uses it, not by a JVM hook that
                    // could stop PostgreSQL while Axon is still shutting down.
                    .setRegisterShutdownHook(false)
                    // Recovery after a crash replays the write-ahead log before the server answers.
                    .setPGStartupWait(STARTUP_PATIENCE)
                    // TCP on the loopback interface only; no Unix socket, which initdb's rules would trust.
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "");
            durability(builder, durability);
            if (secured) {
                // zonky checks that the server answers by connecting; as the superuser it would now be refused.
                builder.setConnectConfig("user", AccordRoles.RUNTIME)
                        .setConnectConfig("password", runtimePassword.get());
            } else {
                builder.setDataDirectoryCustomizer(directory -> ClientAuthentication.allowSecuring(pgData));
            }
            EmbeddedPostgres postgres = builder.start();
            Passwords passwords;
            try {
                passwords = secured
                        ? new Passwords(runtimePassword.get(), ownerPassword.get())
                        : handOverToAccord(postgres, dataDirectory, pgData, runtimePassword, ownerPassword);
            } catch (SQLException | RuntimeException notHandedOver) {
                postgres.close();
                throw notHandedOver;
            }
            log.info(
                    "Embedded PostgreSQL {} is running on port {} (this machine only, roles {} and {}) with its data "
                            + "in {}",
                    "17",
                    postgres.getPort(),
                    AccordRoles.RUNTIME,
                    AccordRoles.OWNER,
                    pgData);
            if (durability != Durability.DURABLE) {
                log.warn("The embedded PostgreSQL does not wait for the disk (test-only setting): a crash of this "
                        + "machine may lose or corrupt its data");
            }
            return new EmbeddedDatabase(postgres, dataDirectory, passwords, lockFile, lock);
        } catch (IOException | RuntimeException | SQLException e) {
            release(lockFile);
            if (e instanceof DataDirectoryUnusableException unusable) {
                throw unusable;
            }
            throw new DataDirectoryUnusableException(
                    dataDirectory, "the embedded PostgreSQL could not start there (" + rootMessage(e) + ")");
        }
    }

    /**
     * zonky always passes -F (fsync off) and synchronous_commit=off; each server setting comes after them on the
     * command line, and PostgreSQL takes the last value it is given.
     */
    private static void durability(EmbeddedPostgres.Builder builder, Durability durability) {
        String value = durability == Durability.DURABLE ? "on" : "off";
        builder.setServerConfig("fsync", value)
                .setServerConfig("synchronous_commit", value)
                .setServerConfig("full_page_writes", value);
    }

    /**
     * First start, or a data directory from before Accord had its two roles: they are made (or given their
     * passwords again), take over what the superuser or the runtime role owned, and become the only ones admitted.
     */
    private static Passwords handOverToAccord(
            EmbeddedPostgres postgres,
            Path dataDirectory,
            Path pgData,
            Optional<String> runtimePassword,
            Optional<String> ownerPassword)
            throws SQLException {
        Passwords passwords = new Passwords(
                runtimePassword.orElseGet(() -> DatabasePassword.RUNTIME.generateIn(dataDirectory)),
                ownerPassword.orElseGet(() -> DatabasePassword.OWNER.generateIn(dataDirectory)));
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement sql = superuser.createStatement()) {
            AccordRoles.handOver(superuser, passwords.runtime(), passwords.owner());
            ClientAuthentication.allowAccordOnly(pgData);
            sql.execute("SELECT pg_reload_conf()");
        }
        log.info(
                "The embedded database now admits only roles {} and {}, with their passwords in {} and {}",
                AccordRoles.RUNTIME,
                AccordRoles.OWNER,
                DatabasePassword.RUNTIME.fileIn(dataDirectory),
                DatabasePassword.OWNER.fileIn(dataDirectory));
        return passwords;
    }

    private record Passwords(String runtime, String owner) {}

    /**
     * A running Accord's embedded database, for a backup taken beside it: the port PostgreSQL wrote in its
     * postmaster.pid and the password in the data directory. Empty when no server runs there.
     */
    public static Optional<DatabaseAccess> runningIn(Path dataDirectory) {
        Path pidFile =
                dataDirectory.toAbsolutePath().normalize().resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
            // Line 4 of postmaster.pid is the port (PostgreSQL's pidfile.h, LOCK_FILE_LINE_PORT).
            if (!alive || lines.size() < 4) {
                return Optional.empty();
            }
            int port = Integer.parseInt(lines.get(3).strip());
            return DatabasePassword.RUNTIME
                    .readFrom(dataDirectory)
                    .map(password -> new DatabaseAccess(url(port), AccordRoles.RUNTIME, password));
        } catch (IOException | RuntimeException notRunning) {
            return Optional.empty();
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** As the role Accord runs as. */
    public DatabaseAccess access() {
        return new DatabaseAccess(url(postgres.getPort()), AccordRoles.RUNTIME, passwords.runtime());
    }

    /** As the role that owns the history and runs the migrations. */
    public DatabaseAccess ownerAccess() {
        return new DatabaseAccess(url(postgres.getPort()), AccordRoles.OWNER, passwords.owner());
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + AccordRoles.DATABASE;
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
                    .filter(process -> process.info()
                            .command()
                            .map(c -> c.contains("postgres"))
                            .orElse(false))
                    .ifPresent(orphan -> {
                        log.warn(
                                "Stopping the PostgreSQL (pid {}) that an earlier Accord left running on {}",
                                pid,
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
