package dev.accord.ops.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production jar, started as a person would start it against an external PostgreSQL: no demo users, the first
 * administrator from ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD. Its log goes to a file beside the results.
 */
final class AccordProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int port;

    private AccordProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static AccordProcess start(Path jar, BenchDatabase database, String admin, String password, Path log)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build it with ./mvnw -B -q install -DskipTests");
        }
        int port = freePort();
        // The same JVM binary that runs the harness: Java 17 is all the project asks for.
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--server.port=" + port));
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", database.user());
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("ACCORD_ADMIN_USER", admin);
        env.put("ACCORD_ADMIN_PASSWORD", password);
        Files.createDirectories(log.getParent());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new AccordProcess(builder.start(), log, port);
    }

    int port() {
        return port;
    }

    /** Waits until the API answers the administrator; returns how long start-up took. */
    Duration awaitReady(AccordApi api) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Accord stopped during start-up (exit " + process.exitValue()
                        + "); see " + log);
            }
            if (api.isUp()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Accord did not answer within " + START_TIMEOUT + "; see " + log);
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
