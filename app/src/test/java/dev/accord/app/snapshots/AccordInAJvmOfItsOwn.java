package dev.accord.app.snapshots;

import static org.awaitility.Awaitility.await;

import dev.accord.app.AccordApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Accord started as a process of its own, as a second node is: two Accords in one JVM share Spring Security's static
 * holder of the signed-in user (see SecondAccord), so only one of them could take commands. Ready once its readiness
 * probe answers; its output goes to a file beside the test's data.
 */
final class AccordInAJvmOfItsOwn implements AutoCloseable {

    private final Process process;
    private final String base;
    private final Path log;

    AccordInAJvmOfItsOwn(Path log, List<String> jvmOptions, List<String> args) {
        int port = freePort();
        this.base = "http://127.0.0.1:" + port;
        this.log = log;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                AccordApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        command.addAll(args);
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                .build();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .ignoreException(ConnectException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Accord stopped at start:\n" + tail(log));
                    }
                    return http.send(readiness, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                });
    }

    String base() {
        return base;
    }

    /** What it has logged so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
