package dev.accord.ops.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production jar, started as a person would start it: on the given database, no demo, the first administrator
 * from ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD. Its log goes to a file beside the results; after
 * {@link #kill()} it can be started again on the same port and database, with the same log.
 */
public final class AccordProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final ProcessBuilder builder;
    private final Process process;
    private final Path log;
    private final int port;

    private AccordProcess(ProcessBuilder builder, Process process, Path log, int port) {
        this.builder = builder;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static AccordProcess start(Path jar, LedgerDatabase database, String admin, String password, Path log)
            throws IOException {
        return start(jar, database, admin, password, log, Map.of());
    }

    /** The same, with settings of the run's own as environment variables (e.g. ACCORD_SNAPSHOTS_EVERY=0). */
    public static AccordProcess start(
            Path jar, LedgerDatabase database, String admin, String password, Path log, Map<String, String> settings)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build it with ./mvnw -B -q install -DskipTests");
        }
        int port = freePort();
        // The same JVM binary that runs the harness: Java 17 is all the project asks for.
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--server.port=" + port));
        Map<String, String> env = builder.environment();
        env.putAll(database.accordEnvironment());
        env.put("ACCORD_ADMIN_USER", admin);
        env.put("ACCORD_ADMIN_PASSWORD", password);
        env.put("ACCORD_DEMO", "false");
        env.putAll(settings);
        Files.createDirectories(log.getParent());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new AccordProcess(builder, builder.start(), log, port);
    }

    public int port() {
        return port;
    }

    /** The JVM's process id, for tools that attach to it (jcmd) or read its CPU time from /proc. */
    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the API answers the user; returns how long start-up took. */
    public Duration awaitReady(AccordApi api, String user) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Accord stopped during start-up (exit " + process.exitValue() + "); see " + log);
            }
            if (api.isUp(user)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Accord did not answer within " + START_TIMEOUT + "; see " + log);
    }

    /**
     * kill -9: the JVM ends at once, without closing anything, as in a crash of the process. What it started
     * itself (the embedded PostgreSQL) is left running, as after a real crash.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Accord (pid " + process.pid() + ") did not end after SIGKILL");
        }
    }

    /** The same jar, database and port again, after {@link #kill()}. */
    public AccordProcess startAgain() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("Accord is still running (pid " + process.pid() + ")");
        }
        return new AccordProcess(builder, builder.start(), log, port);
    }

    /** SIGTERM first, so Spring and Axon shut down cleanly and release their token claims. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
