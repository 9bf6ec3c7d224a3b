package dev.accord.ops.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds every read model through the administrators' API (POST /api/admin/rebuild answers 202 and the rebuild
 * runs while the application keeps serving) and polls its progress until DONE or FAILED. The rate is computed from
 * the rebuild's own start and end as the API reports them, and also read from the API's own figure.
 * <p>
 * It polls once a second: every API call checks the password (HTTP Basic with bcrypt, no session), and five polls a
 * second took about 5 % of a 2-core machine away from the rebuild being measured.
 */
public final class Rebuild {

    public static final String PATH = "/api/admin/rebuild";

    public record Result(
            String state,
            long eventsReplayed,
            long totalEvents,
            Duration took,
            Duration toSwitching,
            double reportedEventsPerSecond,
            String message,
            List<String> progress) {
        public double eventsPerSecond() {
            return eventsReplayed / (took.toNanos() / 1e9);
        }
    }

    private Rebuild() {}

    /** Whether the application in this build has the rebuild API at all (404 before it landed). */
    public static boolean available(AccordApi api, String admin) throws IOException {
        // Unknown paths may still answer 200 with the web application's HTML page: look for the JSON status.
        try {
            return api.get(admin, PATH).has("state");
        } catch (IOException notThere) {
            return false;
        }
    }

    public static Result run(AccordApi api, String admin, Duration timeout) throws IOException, InterruptedException {
        long started = System.nanoTime();
        api.post(admin, PATH, AccordApi.json().createObjectNode());
        List<String> progress = new ArrayList<>();
        long lastReport = 0;
        Duration toSwitching = null;
        boolean seenActive = false;
        while (true) {
            JsonNode status = api.get(admin, PATH);
            String state = status.path("state").asText();
            long elapsed = System.nanoTime() - started;
            seenActive |= state.equals("RUNNING") || state.equals("SWITCHING");
            if (toSwitching == null && state.equals("SWITCHING")) {
                toSwitching = Duration.ofNanos(elapsed);
            }
            // A DONE left from an earlier rebuild is not this one's: this one must have been seen running, or
            // have replayed events by the time of the first answer.
            boolean finished = state.equals("DONE") || state.equals("FAILED");
            if (finished && (seenActive || status.path("eventsReplayed").asLong() > 0)) {
                Duration took = status.hasNonNull("finishedAt")
                        ? Duration.between(
                                Instant.parse(status.get("startedAt").asText()),
                                Instant.parse(status.get("finishedAt").asText()))
                        : Duration.ofNanos(elapsed);
                return new Result(
                        state,
                        status.path("eventsReplayed").asLong(),
                        status.path("totalEvents").asLong(),
                        took,
                        toSwitching == null ? took : toSwitching,
                        status.path("eventsPerSecond").asDouble(),
                        status.path("message").asText(""),
                        progress);
            }
            if (elapsed - lastReport >= Duration.ofSeconds(30).toNanos()) {
                lastReport = elapsed;
                String line = "%4.0f s: %s %,d of %,d events, %,.0f events/s, %s s left, %s"
                        .formatted(
                                elapsed / 1e9,
                                state,
                                status.path("eventsReplayed").asLong(),
                                status.path("totalEvents").asLong(),
                                status.path("eventsPerSecond").asDouble(),
                                status.path("secondsLeft").asText("?"),
                                MachineLoad.now());
                progress.add(line);
                System.out.println("  rebuild " + line);
            }
            if (elapsed > timeout.toNanos()) {
                throw new IllegalStateException("The rebuild did not finish within " + timeout + ": " + status);
            }
            Thread.sleep(1_000);
        }
    }
}
