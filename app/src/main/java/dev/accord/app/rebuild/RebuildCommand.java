package dev.accord.app.rebuild;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.AccordApplication;
import dev.accord.domain.operations.api.ReadModelRebuildStarted;
import dev.accord.domain.operations.api.RebuildProgress;
import dev.accord.domain.shared.Actor;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar accord.jar rebuild}: rebuilds every read model from the event table, with a progress bar and an
 * ETA in the terminal.
 * <ul>
 *   <li>{@code rebuild --url=http://host:8080 --user=ada} asks a running Accord to do it (it keeps serving the old
 *       read models until the new ones take over); the password comes from ACCORD_PASSWORD or is asked for.</li>
 *   <li>{@code rebuild} on its own starts Accord, reachable only from this machine, on the configured database
 *       (the embedded one in ACCORD_DATA_DIR, or SPRING_DATASOURCE_URL), rebuilds, and stops.</li>
 * </ul>
 * Exit status 0 when the new read models are in place, 1 when the rebuild failed or could not start.
 */
public final class RebuildCommand {

    private static final Duration EVERY = Duration.ofMillis(500);
    private static final PrintStream TERMINAL = System.err;

    private RebuildCommand() {}

    public static void main(String[] args) {
        String url = option(args, "--url");
        try {
            RebuildProgress end = url == null ? inThisProcess(args) : through(url, option(args, "--user"));
            System.exit(end.state() == RebuildProgress.State.DONE ? 0 : 1);
        } catch (RebuildRefused refused) {
            TERMINAL.println("Rebuild refused: " + refused.getMessage());
            System.exit(1);
        }
    }

    private static RebuildProgress inThisProcess(String[] args) {
        String[] springArgs = java.util.Arrays.stream(args)
                .filter(arg -> !arg.startsWith("--url") && !arg.startsWith("--user"))
                .toArray(String[]::new);
        // The whole application starts (its security and views expect a web server), but on a random port of the
        // loopback interface only, so nobody can reach this short-lived instance.
        try (ConfigurableApplicationContext accord = new SpringApplicationBuilder(AccordApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1")
                .run(springArgs)) {
            ReadModelRebuild rebuild = accord.getBean(ReadModelRebuild.class);
            Actor operator = new Actor(
                    "operator:" + System.getProperty("user.name"),
                    "Operator at the terminal (" + System.getProperty("user.name") + ")",
                    null);
            rebuild.start(operator);
            accord.getBean(EventGateway.class).publish(new ReadModelRebuildStarted(operator));
            return follow(rebuild::progress);
        } catch (org.springframework.beans.BeansException | IllegalStateException couldNotStart) {
            // Spring Boot has already printed why (for example: another Accord uses this data directory).
            throw new RebuildRefused("Accord could not start here (see above). If it is running, rebuild through it: "
                    + "java -jar accord.jar rebuild --url=http://<host>:<port> --user=<administrator>");
        }
    }

    private static RebuildProgress through(String url, String user) {
        if (user == null) {
            throw new RebuildRefused("name an administrator with --user=<name>");
        }
        String password = System.getenv("ACCORD_PASSWORD");
        Console console = System.console();
        if (password == null && console != null) {
            password = new String(console.readPassword("Password for %s: ", user));
        }
        if (password == null) {
            throw new RebuildRefused("set ACCORD_PASSWORD or run it in a terminal to be asked for the password");
        }
        Remote remote = new Remote(URI.create(url.replaceAll("/+$", "") + "/api/admin/rebuild"), user, password);
        remote.start();
        return follow(remote::progress);
    }

    /** Draws the progress line until the rebuild ends, and returns how it ended. */
    private static RebuildProgress follow(Supplier<RebuildProgress> progress) {
        RebuildProgress now = progress.get();
        while (now.running()) {
            TERMINAL.print("\r" + ProgressLine.of(now) + "   ");
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RebuildRefused("interrupted; the rebuild goes on in Accord");
            }
            now = progress.get();
        }
        TERMINAL.println("\r" + ProgressLine.of(now) + "   ");
        if (now.state() == RebuildProgress.State.FAILED) {
            TERMINAL.println("The rebuild failed, the previous read models stay in use: " + now.message());
        }
        return now;
    }

    private static String option(String[] args, String name) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** A running Accord's rebuild API. */
    private record Remote(URI uri, String user, String password) {

        private static final HttpClient HTTP =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private static final ObjectMapper JSON =
                new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        void start() {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
            if (answer.statusCode() != 202) {
                throw new RebuildRefused(problem(answer));
            }
        }

        RebuildProgress progress() {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri).GET());
            if (answer.statusCode() != 200) {
                throw new RebuildRefused(problem(answer));
            }
            try {
                return JSON.readValue(answer.body(), RebuildProgress.class);
            } catch (IOException e) {
                throw new RebuildRefused("unreadable answer from " + uri + ": " + answer.body());
            }
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            String credentials =
                    Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            try {
                return HTTP.send(
                        request.header("Authorization", "Basic " + credentials)
                                .header("Accept", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new RebuildRefused("cannot reach Accord at " + uri + " (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RebuildRefused("interrupted");
            }
        }

        private static String problem(HttpResponse<String> answer) {
            try {
                String detail = JSON.readTree(answer.body()).path("detail").asText("");
                return answer.statusCode() + (detail.isEmpty() ? "" : " " + detail);
            } catch (IOException e) {
                return answer.statusCode() + " " + answer.body();
            }
        }
    }

    private static final class RebuildRefused extends RuntimeException {
        RebuildRefused(String message) {
            super(message);
        }
    }
}
